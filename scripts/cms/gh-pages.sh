#!/usr/bin/env bash
# Puts a built folder onto the gh-pages branch, which GitHub Pages serves: the main site at the root,
# each same-repository pull request's preview under preview/pr-<n>/ (see README, "Previews").
#   gh-pages.sh publish <built folder> .              the main site; preview/ is kept
#   gh-pages.sh publish <built folder> preview/pr-7   one pull request's preview
#   gh-pages.sh remove preview/pr-7                   when the pull request closes
# Needs GH_TOKEN (contents: write) and GITHUB_REPOSITORY (or GH_PAGES_REMOTE, which the test sets). Each try starts from the branch's newest
# commit, so jobs that publish at once never undo each other's folders: a rejected push just tries again.
set -euo pipefail
action=$1
if [ "$action" = publish ]; then source=$(cd "$2" && pwd); target=$3; else target=$2; fi
case "$target" in .|preview/pr-[0-9]*) ;; *) echo "gh-pages.sh: target must be . or preview/pr-<n>, not $target" >&2; exit 2 ;; esac

attempt() {
  local work
  work=$(mktemp -d)
  git -C "$work" init -q
  git -C "$work" remote add origin "${GH_PAGES_REMOTE:-https://x-access-token:${GH_TOKEN}@github.com/${GITHUB_REPOSITORY}.git}"
  if git -C "$work" fetch -q --depth 1 origin gh-pages 2>/dev/null; then git -C "$work" checkout -q -B gh-pages FETCH_HEAD
  else git -C "$work" checkout -q --orphan gh-pages; fi
  if [ "$target" = . ]; then
    find "$work" -mindepth 1 -maxdepth 1 ! -name .git ! -name preview -exec rm -rf {} +
  else
    rm -rf "${work:?}/$target"
  fi
  if [ "$action" = publish ]; then mkdir -p "$work/$target" && cp -R "$source/." "$work/$target/"; fi
  # Astro's assets live in _astro/, which GitHub Pages' default Jekyll step would leave out.
  touch "$work/.nojekyll"
  git -C "$work" add -A
  if git -C "$work" diff --cached --quiet; then echo "gh-pages: nothing changed in $target"; return 0; fi
  git -C "$work" -c user.name='github-actions[bot]' -c user.email='41898282+github-actions[bot]@users.noreply.github.com' \
    commit -q -m "$action $target (${GITHUB_SHA:-local})"
  git -C "$work" push -q origin HEAD:gh-pages
}

for try in 1 2 3 4 5; do
  if attempt; then exit 0; fi
  echo "gh-pages: push rejected (try $try), starting again from the newest commit" >&2
  sleep $((try * 3))
done
exit 1
