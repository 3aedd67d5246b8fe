#!/usr/bin/env bash
# Install the Debian packages the checks and tests need, or stop with a clear message.
set -euo pipefail
nodig=()
command -v pdfinfo  >/dev/null 2>&1 || nodig+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || nodig+=(chromium)
command -v hunspell >/dev/null 2>&1 || nodig+=(hunspell)
[ -e /usr/share/hunspell/nl_NL.dic ] || [ -e /usr/share/hunspell/nl.dic ] || nodig+=(hunspell-nl)
command -v java     >/dev/null 2>&1 || nodig+=(default-jre-headless)
command -v npm      >/dev/null 2>&1 || nodig+=(npm)
[ ${#nodig[@]} -eq 0 ] && exit 0
echo "Systeempakketten ontbreken: ${nodig[*]}"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Ze worden nu geïnstalleerd met apt-get ..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${nodig[@]}" >/dev/null
else
  echo "Installeer ze eerst, bijvoorbeeld: sudo apt-get install ${nodig[*]}" >&2
  exit 1
fi
