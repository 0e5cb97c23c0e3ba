"""Qt only: the window and its screens, one package per area (schedule, messages, clients,
todo, settings, trends, startup) and widgets/ for the parts they share. Here at the top: the
main window, the UI context and change bus, the task runner, the tray and the quit guard."""
