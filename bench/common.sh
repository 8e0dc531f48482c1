# Shared by bench.sh and maven-bench.sh (sourced): the generated corpus and the medians of a case.
# Needs REPO (the repository), SHARED (the peer scripts with make-corpus.py), W (the work folder) and
# R (the results folder of the calling script).

# corpus N -> path of a Bulletin/JBake site with N articles (generated once into $W/corpus-N)
corpus() {
  local d="$W/corpus-$1"
  if [ ! -f "$d/jbake.properties" ]; then
    rm -rf "$d"; "$SHARED/make-corpus.py" "$d" --articles "$1" --quizzes 20 --seed 42 >/dev/null
    printf 'site.title=Bench\nsite.host=https://example.org/\n' > "$d/jbake.properties"
  fi
  echo "$d"
}

# stats NAME -> median wall seconds, CPU seconds, peak RSS MiB and every wall time of $R/NAME.time
stats() { python3 "$REPO/bench/stats.py" "$R/$1.time"; }
