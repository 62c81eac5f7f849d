; Inno Setup 6.3 or newer: the Windows installer of the bundle that
; packaging/pyinstaller/inspector-app.spec builds (on Windows) into dist\inspector-app.
; (Saved as UTF-8 with a byte-order mark, so Inno Setup reads its Russian right.)
;
;     pyinstaller --noconfirm packaging\pyinstaller\inspector-app.spec
;     iscc packaging\windows\inspector-app.iss
;
; writes dist\inspector-app-<version>-setup.exe. It installs for the current user only, into
; %LOCALAPPDATA%\Programs\inspector-app, and needs no administrator rights; it adds a Start-menu
; entry and an uninstaller (Settings > Apps). The database, settings and error log live in the
; user's folders (%LOCALAPPDATA%\inspector-app), which uninstalling leaves in place.
; The minimum is 64-bit Windows 10 (Qt 6 and Python 3.11 run on nothing older).
;
; tests/packaging/test_windows_installer.py checks that the files named here are those the spec
; builds: only the executable and the folders it declares.

; The version is kept in pyproject.toml only: read from its `version = "..."` line.
#define PyProject
#define Line
#define AppVersion = ""
#sub ReadVersionLine
  #define Line = FileRead(PyProject)
  #if AppVersion == "" && Pos('version = "', Line) == 1
    #define AppVersion = Copy(Line, 12, Len(Line) - 12)
  #endif
#endsub
#for {PyProject = FileOpen(AddBackslash(SourcePath) + "..\..\pyproject.toml"); \
  PyProject && !FileEof(PyProject); ""} \
  ReadVersionLine
#if PyProject
  #expr FileClose(PyProject)
#endif
#if AppVersion == ""
  #error pyproject.toml has no version line
#endif

#define BundleFolder "..\..\dist\inspector-app"
#define AppExe "inspector-app.exe"

[Setup]
; The id ties an update to the installed copy: never change it.
AppId={{5C0B6D0E-7A4F-4E43-9D3B-2F1A8C6E4B71}
AppName={cm:AppTitle}
AppVersion={#AppVersion}
AppVerName={cm:AppTitle} {#AppVersion}
AppPublisher=inspector-app
DefaultDirName={localappdata}\Programs\inspector-app
DefaultGroupName={cm:AppTitle}
DisableProgramGroupPage=yes
; per user, no administrator rights (and no elevation offered)
PrivilegesRequired=lowest
; 64-bit Windows 10 or newer
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=inspector-app-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={cm:AppTitle}
; an older copy still running would keep its files locked
CloseApplications=yes

[Languages]
Name: "russian"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
; the name the window gives itself (resources/translations); Inno Setup ships no Kazakh or
; Kyrgyz messages, and its Russian ones are read there
russian.AppTitle=Журнал участкового инспектора
english.AppTitle=District inspector's log

[Files]
; the executable, then its _internal folder whole (libraries, Qt plugins, data files)
Source: "{#BundleFolder}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleFolder}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; files of an older version that this one no longer has
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,{cm:AppTitle}}"; Filename: "{uninstallexe}"

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent
