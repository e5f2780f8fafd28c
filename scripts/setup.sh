#!/usr/bin/env bash
# Everything LeakSpec needs on a fresh Debian/Ubuntu machine with the .NET SDK, idempotently:
#   1. Debian packages: libsvm3 (the SVR), ffmpeg (videos), fontconfig + a font (plots);
#   2. NuGet restore and a Release build of the solution (or of one project: scripts/setup.sh src/Cli).
# The TorchSharp/libstdc++ fix is not here: the harness applies it at run time (src/Harness/Runtime), where needed.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
dpkg-query -W -f='${Status}\n' libsvm3 2>/dev/null | grep -q "install ok installed" || missing+=(libsvm3)
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
dpkg-query -W -f='${Status}\n' libfontconfig1 2>/dev/null | grep -q "install ok installed" || missing+=(libfontconfig1)
dpkg-query -W -f='${Status}\n' fonts-dejavu-core 2>/dev/null | grep -q "install ok installed" || missing+=(fonts-dejavu-core)

if ((${#missing[@]})); then
  echo "setup: installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "setup: Debian packages present (libsvm3, ffmpeg, libfontconfig1, fonts-dejavu-core)"
fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "setup: the .NET SDK 10 is required (dotnet not on PATH)" >&2
  exit 1
fi

# The TorchSharp backend: LEAKSPEC_TORCH_BACKEND (or LeakSpecTorchBackend, MSBuild's own name) when exported, else the
# one the last build used (.leakspec/torch-backend, written by src/Harness's build), else cpu: so ./leakspec and
# ./test-fast never silently rebuild a CUDA build (dotnet build -p:LeakSpecTorchBackend=cuda) for the CPU.
backend="${LEAKSPEC_TORCH_BACKEND:-${LeakSpecTorchBackend:-}}"
from="exported"
if [ -z "$backend" ] && [ -f .leakspec/torch-backend ]; then
  backend="$(tr -d '[:space:]' < .leakspec/torch-backend)"
  from="the last build, .leakspec/torch-backend; export LEAKSPEC_TORCH_BACKEND=cpu|cuda to change"
fi
if [ -z "$backend" ]; then
  backend="cpu"
  from="default; export LEAKSPEC_TORCH_BACKEND=cuda on a GPU box"
fi
case "$backend" in
  cpu|cuda) ;;
  *) echo "setup: TorchSharp backend '$backend' ($from): expected cpu or cuda" >&2; exit 1 ;;
esac

target="${1:-LeakSpec.sln}"
echo "setup: restoring and building $target (Release, TorchSharp backend $backend: $from)"
dotnet build "$target" -c Release -nologo -clp:ErrorsOnly -v:quiet -p:LeakSpecTorchBackend="$backend"
