; Inno Setup 6 script for FrontDesk on Windows (64-bit).
; Not built on the project's Linux machines: build on Windows with the steps in
; installer/README.md. It wraps the PyInstaller folder dist\frontdesk\ (the same folder
; installer/build.sh fills on Linux) into dist\FrontDesk-<version>-setup.exe:
;   ISCC.exe /DAppVersion=0.1.0 installer\windows\frontdesk.iss
; Installs for all users under Program Files, with a Start menu entry and (a task, ticked by
; default) a desktop shortcut. Uninstalling removes only what it installed: the practice's
; data in %LOCALAPPDATA%\FrontDesk (database, recovery file, backups, logs) and the key in
; Windows Credential Manager are left as they are.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{5B0E3E2C-8F0D-4F0B-9C55-3D2A8F1E6A41}
AppName=FrontDesk
AppVersion={#AppVersion}
AppVerName=FrontDesk {#AppVersion}
AppPublisher=FrontDesk developers
DefaultDirName={autopf}\FrontDesk
DefaultGroupName=FrontDesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=FrontDesk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\frontdesk.ico
UninstallDisplayIcon={app}\frontdesk.exe
UninstallDisplayName=FrontDesk
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; An upgrade over a running FrontDesk: the Restart Manager asks it to close first.
CloseApplications=yes
RestartApplications=no

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole PyInstaller folder: frontdesk.exe (the window), frontdesk-cli.exe (serve,
; recover, doctor on a console) and _internal\.
Source: "..\..\dist\frontdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\FrontDesk"; Filename: "{app}\frontdesk.exe"
Name: "{group}\Uninstall FrontDesk"; Filename: "{uninstallexe}"
Name: "{autodesktop}\FrontDesk"; Filename: "{app}\frontdesk.exe"; Tasks: desktopicon

[Registry]
; "Start FrontDesk when I log in" (services/autostart.py) writes this value; without the
; program it would point at nothing, so uninstalling removes the value (never the data).
Root: HKCU; Subkey: "Software\Microsoft\Windows\CurrentVersion\Run"; ValueType: none; ValueName: "FrontDesk"; Flags: uninsdeletevalue dontcreatekey

[Run]
Filename: "{app}\frontdesk.exe"; Description: "{cm:LaunchProgram,FrontDesk}"; Flags: nowait postinstall skipifsilent
