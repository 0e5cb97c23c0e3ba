"""The Schedule tab: the day's table, its data and model, the actions on a row (book, move,
cancel, mark attendance) and their dialogs.
"""
