#!/usr/bin/env bash
# Takes the user guide's screenshots from the real application: OSM Desk in --demo mode (its built-in
# simulator, no account, no network) on a private Xvfb screen, driven with xdotool key presses and captured
# with ImageMagick's import.
#
#   scripts/screenshots.sh [build-dir] [out-dir] [language]
#   scripts/screenshots.sh build docs/images/en en
#   scripts/screenshots.sh build docs/images/zh_CN zh_CN
#
# Defaults: build/, docs/images/<language>/, en. Re-runnable unattended (about a minute per language);
# everything it starts runs with a throw-away HOME and XDG folders, so the user's settings, drafts, keychain
# and a running OSM Desk are never touched. Needs Xvfb, xdotool and ImageMagick (scripts/deps.sh installs
# them); pngquant, when installed, makes the files smaller.
#
# Screens: account-dialog.png, account-dialog-iam.png, main-window.png, language-menu.png, about.png,
# create-case.png, case-window.png. SHOT_CASE_ID picks the case shown in case-window.png; SHOT_SLOW=2 doubles
# the waits (a busy machine).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
build="$(cd "${1:-$root/build}" && pwd)"
language="${3:-en}"
out="${2:-$root/docs/images/$language}"
app="$build/app/osmdesk"

[ -x "$app" ] || { echo "screenshots: $app is missing; build the osmdesk target first" >&2; exit 2; }
for tool in Xvfb xdotool import convert; do
  command -v "$tool" >/dev/null 2>&1 || { "$root/scripts/deps.sh"; break; }
done

# One case with a conversation, attachments and an open status, in the language of the screenshots.
if [ -z "${SHOT_CASE_ID:-}" ]; then
  case "$language" in
    zh*) SHOT_CASE_ID=TS202603157TSBJOGPH6326 ;; # 数据库备份恢复到新实例失败
    *) SHOT_CASE_ID=TS202603056RAQKYCYV5166 ;;   # NAT gateway SNAT rule does not work for the new subnet
  esac
fi
# The create-case draft (an ECS fault report: severity, region and an additional field) and a reply draft,
# put where the app keeps drafts, so that both windows open filled in the same way on every run.
# new_case_text is JSON string content: \n and \" are its escapes.
case "$language" in
  zh*)
    profile_name='生产账号'
    new_case_text='资源id: ecs-web-01（i-7f3a）\n问题描述: 修改安全组后 SSH 登录提示 Connection refused，VNC 登录正常。\n发生时间: 今天 09:40 起'
    reply_text='已按建议改用同版本的新实例恢复，备份已恢复成功。请再观察一天后关单，谢谢！'
    ;;
  *)
    profile_name='Production account'
    new_case_text='Resource ID: ecs-web-01 (i-7f3a)\nDescription: SSH says \"Connection refused\" since the security group change; VNC works.\nTime of occurrence: today from 09:40'
    reply_text='The SNAT rule works for the new subnet now, thank you. Please keep the case open until tomorrow.'
    ;;
esac

work="$(mktemp -d)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A screen of our own: Xvfb picks a free display number and writes it to fd 3.
Xvfb -displayfd 3 -screen 0 1440x900x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "screenshots: Xvfb did not start" >&2; cat "$work/xvfb.log" >&2; exit 1; }
DISPLAY=":$(head -n1 "$work/display")"
export DISPLAY
mkdir -p "$out"

# Starts osmdesk with a fresh scratch home (one per run, named by $1) and no D-Bus session (no keychain).
start_app() {
  local home="$work/$1"
  shift
  mkdir -p "$home/runtime"
  chmod 700 "$home/runtime"
  env -u DBUS_SESSION_BUS_ADDRESS -u SESSION_MANAGER HOME="$home" XDG_CONFIG_HOME="$home/.config" \
    XDG_DATA_HOME="$home/.local/share" XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/runtime" \
    TZ=Asia/Shanghai QT_QPA_PLATFORM=xcb "$app" --language "$language" "$@" >>"$work/app.log" 2>&1 &
  pids+=($!)
  app_pid=$!
}

# QSettings' INI quoting: backslashes and double quotes escaped inside double quotes.
ini_string() {
  local text="${1//\\/\\\\}"
  printf '"%s"' "${text//\"/\\\"}"
}

# The demo's settings file (QSettings "OSMDesk"/"osmdesk" below the scratch XDG_CONFIG_HOME) with the drafts.
seed_drafts() {
  local conf="$work/$1/.config/OSMDesk/osmdesk.conf"
  mkdir -p "$(dirname "$conf")"
  # Ids of the simulator's catalogue: Technical ▸ ECS ▸ "Cannot log in to the server", Major, cn-north-4.
  local form='{"subTypeId":"2","productCategoryId":"3de4d067c06d98f5a3b47d5d2bbb1154",'
  form+='"businessTypeId":"07fcab56d203c9f436797e5606983b9c","severityId":"2","regionId":"cn-north-4",'
  form+='"extendsValues":{"ecs_instance_id":"i-7f3a"},"areaCode":"86","description":"'"$new_case_text"'"}'
  {
    echo '[createCaseDraft]'
    echo "form=$(ini_string "$form")"
    echo
    echo '[drafts]'
    printf '%s\\text=%s\n' "$SHOT_CASE_ID" "$(ini_string "$reply_text")"
  } >"$conf"
}

# The application's visible top-level windows and popups, one id a line.
windows() { xdotool search --onlyvisible --class '^osmdesk$' 2>/dev/null | sort || true; }

# Waits for a visible window that was not in the list $1 and prints its id (the largest, if several).
# Without a window manager nothing else would focus it: give it the keyboard.
new_window() {
  local before="$1" id
  for _ in $(seq 150); do
    id="$(comm -13 <(echo "$before") <(windows) | while read -r w; do
      eval "$(xdotool getwindowgeometry --shell "$w")"
      echo "$((WIDTH * HEIGHT)) $w"
    done | sort -n | awk '$1 > 400 { last = $2 } END { print last }')"
    if [ -n "$id" ]; then
      xdotool windowfocus --sync "$id" 2>/dev/null || true
      echo "$id"
      return 0
    fi
    sleep 0.2
  done
  echo "screenshots: no new window appeared (see $work/app.log)" >&2
  cat "$work/app.log" >&2
  return 1
}

# Writes out/$1.png from a raw capture: a thin frame (no window manager draws one), metadata stripped,
# and fewer colours when the file would be large.
finish_png() {
  local raw="$1" png="$out/$2.png"
  convert "$raw" -strip -bordercolor '#8a8a8a' -border 1 "$png"
  if command -v pngquant >/dev/null 2>&1; then
    pngquant --force --skip-if-larger --quality 75-95 --output "$png" "$png" || true
  elif [ "$(stat -c %s "$png")" -gt 200000 ]; then
    convert "$png" +dither -colors 256 "PNG8:$png"
  fi
  echo "screenshots: $png ($(($(stat -c %s "$png") / 1024)) KB)"
}

shot_window() { # name window-id
  import -window "$2" "$work/raw.png"
  finish_png "$work/raw.png" "$1"
}

# A part of the screen: from the top-left corner of window $2 to the far corner of the windows after it
# (open menus), plus a margin.
shot_menus() { # name window-id menu-window-ids...
  local name="$1" x0 y0 x1=0 y1=0 w
  eval "$(xdotool getwindowgeometry --shell "$2")"
  x0=$X y0=$Y
  shift 2
  for w in "$@"; do
    eval "$(xdotool getwindowgeometry --shell "$w")"
    x1=$((X + WIDTH > x1 ? X + WIDTH : x1))
    y1=$((Y + HEIGHT > y1 ? Y + HEIGHT : y1))
  done
  import -window root -crop "$((x1 - x0 + 24))x$((y1 - y0 + 24))+$x0+$y0" +repage "$work/raw.png"
  finish_png "$work/raw.png" "$name"
}

type_text() { xdotool type --delay 15 -- "$1"; }

# The waits for the app to load and draw; SHOT_SLOW=2 doubles them on a busy machine.
pause() { sleep "$(awk -v s="$1" -v f="${SHOT_SLOW:-1}" 'BEGIN { print s * f }')"; }

# 1. The account dialog: the first start without an account opens it.
start_app first-start
account_pid=$app_pid
dialog="$(new_window "")"
pause 1
type_text "$profile_name"
shot_window account-dialog "$dialog"
# Tab from the name to the site, then to the sign-in method; Down chooses "IAM user and password".
xdotool key Tab Tab Down
pause 0.5
shot_window account-dialog-iam "$dialog"
kill "$account_pid" 2>/dev/null || true

# 2. The main window of the demo: views with counts, filter bar, case list.
seed_drafts demo
start_app demo --demo
main="$(new_window "")"
xdotool windowsize --sync "$main" 1400 820 # room for every column
pause 4 # the first page and the counts
shot_window main-window "$main"

# 3. Settings ▸ Language: Alt+S opens the menu (translations keep the accelerator: 设置(&S)), Right opens
# its Language submenu.
known="$(windows)"
xdotool key alt+s
pause 0.6
xdotool key Right
pause 0.8
menus="$(comm -13 <(echo "$known") <(windows))"
if [ -n "$menus" ]; then
  # shellcheck disable=SC2086 # one id per word
  shot_menus language-menu "$main" $menus
else
  echo "screenshots: Alt+S opened no menu; language-menu.png not taken" >&2
fi
xdotool key Escape Escape Escape
pause 0.3

# 4. Help ▸ About: Alt+H opens the menu on its only entry, Return chooses it.
xdotool windowfocus --sync "$main"
known="$(windows)"
xdotool key alt+h
pause 0.6
if [ -n "$(comm -13 <(echo "$known") <(windows))" ]; then
  xdotool key Return
  about="$(new_window "$known")"
  pause 0.8
  shot_window about "$about"
  xdotool key Escape
  pause 0.3
else
  echo "screenshots: Alt+H opened no menu; about.png not taken" >&2
fi

# 5. File ▸ New Case (Ctrl+N) opens on the draft seeded above.
xdotool windowfocus --sync "$main"
known="$(windows)"
xdotool key ctrl+n
wizard="$(new_window "$known")"
xdotool windowsize --sync "$wizard" 760 880
pause 3 # categories, problem types, severities, regions, limits and the agreement arrive
shot_window create-case "$wizard"
xdotool key Escape
pause 0.3

# 6. A case window: a second start with a case id hands it to the running demo, which opens it (with the
# reply draft seeded above in its compose box).
known="$(windows)"
start_app demo --demo "$SHOT_CASE_ID"
case_window="$(new_window "$known")"
xdotool windowsize --sync "$case_window" 1400 880
pause 4 # thread, detail, attachments, labels
shot_window case-window "$case_window"

echo "screenshots: done ($language)"
