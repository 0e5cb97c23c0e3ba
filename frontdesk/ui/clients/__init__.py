"""The Clients tab: the list, a client's detail pane, the client dialog, the client picker and
the consent box.
"""
