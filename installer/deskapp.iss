; Inno Setup 6 script: the Windows installer for the desk PCs, from the PyInstaller bundle dist\deskapp.
; Build on Windows (installer\build-windows.ps1 runs PyInstaller, the self-check, then this):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\deskapp.iss
;
; Per-machine install to Program Files; every user's data, settings and logs are in their own
; %LOCALAPPDATA%\deskapp (platformdirs), never in the install folder, so the uninstaller leaves them and
; an upgrade installed over the old version keeps them (the app copies the database aside and migrates
; it at its next start). IT installs silently: deskapp-setup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "deskapp"
#define AppPublisher "deskapp"
#define AppExe "deskapp.exe"

[Setup]
; The AppId ties every version's installer to the same installation: never change it.
AppId={{6C1E4F0B-6E3A-4B4F-9D2B-3C1D7A5E9F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist
OutputBaseFilename=deskapp-setup-{#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
; A running deskapp is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no
; Sign the uninstaller too when a signing tool is configured (see README, "Signing"):
;   ISCC /Ssigntool="signtool.exe sign /fd SHA256 /tr http://timestamp.digicert.com /td SHA256 /a $f" ...
#ifdef SignTool
SignTool=signtool
SignedUninstaller=yes
#endif

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole one-folder bundle; files of an older version that this one no longer has are removed first.
Source: "..\dist\deskapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{#AppName} (demo)"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; [UninstallDelete] is deliberately empty: the users' data in %LOCALAPPDATA%\deskapp stays.
