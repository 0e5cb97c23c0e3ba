"""What IT and the owner use to look after the installation: the Help menu, About, the
installation check (doctor) and backups."""
