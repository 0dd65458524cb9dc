# Builds the Windows installer on a Windows 10/11 PC or runner (see README, "Windows installer"):
#   Python 3.11 (python.org, 64-bit), Inno Setup 6.2+; run from the repository's top folder:
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path $PSScriptRoot -Parent)
if (-not (Test-Path .venv\Scripts\python.exe)) { py -3.11 -m venv .venv }
.venv\Scripts\python.exe -m pip install --upgrade pip
.venv\Scripts\python.exe -m pip install -e ".[build]"
Remove-Item -Recurse -Force build\pyinstaller, dist\deskapp -ErrorAction SilentlyContinue
.venv\Scripts\pyinstaller.exe --noconfirm --clean --workpath build\pyinstaller --distpath dist installer\deskapp.spec
# The bundle is windowed (no console): the self-check writes its report to %TEMP%\deskapp-self-check.txt.
$check = Start-Process -FilePath dist\deskapp\deskapp.exe -ArgumentList "--self-check" -Wait -PassThru
Get-Content (Join-Path $env:TEMP "deskapp-self-check.txt")
if ($check.ExitCode -ne 0) { throw "self-check failed ($($check.ExitCode))" }
$version = (.venv\Scripts\python.exe -c "import deskapp; print(deskapp.__version__)").Trim()
$iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe"
& $iscc "/DAppVersion=$version" installer\deskapp.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "dist\deskapp-setup-$version.exe"
