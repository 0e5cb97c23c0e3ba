"""The To do tab: the desk's list of things a person must do, and the triage queue."""
