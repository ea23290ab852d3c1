#!/usr/bin/env bash
# Posts a pull request's preview comment, or edits the one posted before (found by its marker line),
# so that the pull request carries one comment with the newest preview.   preview-comment.sh <pr> <file>
set -euo pipefail
pr=$1 body=$2
marker='<!-- darbigas-kopienas-preview -->'
id=$(gh api "repos/${GITHUB_REPOSITORY}/issues/${pr}/comments" --paginate --jq ".[] | select(.body | startswith(\"${marker}\")) | .id" | head -n 1)
if [ -n "$id" ]; then gh api --silent -X PATCH "repos/${GITHUB_REPOSITORY}/issues/comments/${id}" -F "body=@${body}"
else gh pr comment "$pr" --repo "$GITHUB_REPOSITORY" --body-file "$body"; fi
