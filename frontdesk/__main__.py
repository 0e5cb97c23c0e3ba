from frontdesk.app import main

raise SystemExit(main())
