; Inno Setup 6 script: the Windows installer of ClientVault, from PyInstaller's
; one-folder build (dist\ClientVault, see packaging/clientvault.spec).
; Built by .github/workflows/package.yml:  ISCC.exe packaging\windows\clientvault.iss
; It cannot be built on Linux; it is not code-signed (sign ClientVault.exe and the
; installer with signtool when a certificate is available).

#define AppVersion "0.1.0"

[Setup]
; Never change AppId: Windows finds the installed copy by it when upgrading.
AppId={{FC832E89-F136-45A8-8BF1-C1653BD0EC98}
AppName=ClientVault
AppVersion={#AppVersion}
AppPublisher=ClientVault
DefaultDirName={autopf}\ClientVault
DefaultGroupName=ClientVault
; Per-user install by default (no administrator needed); the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\ui\resources\icons\clientvault.ico
UninstallDisplayIcon={app}\ClientVault.exe
OutputDir=..\..\dist
OutputBaseFilename=ClientVault-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "japanese"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\ClientVault\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\ClientVault"; Filename: "{app}\ClientVault.exe"
Name: "{group}\{cm:UninstallProgram,ClientVault}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\ClientVault"; Filename: "{app}\ClientVault.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\ClientVault.exe"; Description: "{cm:LaunchProgram,ClientVault}"; Flags: nowait postinstall skipifsilent

; Vaults and settings live in the user's folders, not in {app}: uninstalling never deletes a vault.
