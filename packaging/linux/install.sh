#!/bin/sh
# Install the Linux bundle for the current user: the program, its menu entry, its icon, and the
# session file type, so .txt, .md and .duijiao.json files open in Duijiao from the file manager.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$HOME/.local/bin" "$prefix/applications" "$prefix/icons/hicolor/256x256/apps"
ln -sf "$here/duijiao" "$HOME/.local/bin/duijiao"
cp "$here/duijiao.desktop" "$prefix/applications/duijiao.desktop"
cp "$here/duijiao.png" "$prefix/icons/hicolor/256x256/apps/duijiao.png"
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime install --novendor "$here/duijiao-session.xml"
fi
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$prefix/applications" || true
fi
echo "Duijiao installed: run 'duijiao', or find it in the Office menu."
