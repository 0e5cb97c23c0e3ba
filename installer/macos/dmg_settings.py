# dmgbuild settings for FrontDesk's disk image: the app and a link to /Applications.
# Not built on the project's Linux machines; on a Mac, after installer/macos/frontdesk.spec:
#   dmgbuild -s installer/macos/dmg_settings.py -D app=dist/FrontDesk.app \
#       "FrontDesk" dist/FrontDesk-<version>.dmg
# (dmgbuild passes `defines` from -D; the settings are plain Python it executes.)
import os.path

application = defines.get("app", "dist/FrontDesk.app")  # noqa: F821  (given by dmgbuild)
appname = os.path.basename(application)

format = "UDZO"  # compressed, read-only
filesystem = "HFS+"
size = None  # dmgbuild measures the app
files = [application]
symlinks = {"Applications": "/Applications"}
badge_icon = None
icon_locations = {appname: (140, 120), "Applications": (500, 120)}
window_rect = ((100, 100), (640, 280))
default_view = "icon-view"
show_icon_preview = False
icon_size = 128
text_size = 14
