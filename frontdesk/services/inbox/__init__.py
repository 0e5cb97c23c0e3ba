"""Client replies: polling them in, acting on them, threads, the triage queue, crisis alerts."""
