
# Values for options and parameters: knowledge-base values (topics, tags, regions, FAQ ids, flows, decline codes,
# checks), settings and fixed choices, with the Chinese names the options take too.
# The knowledge-base values are those of the knowledge base in effect when this script was made
# (--kb, OKPAY_SUPPORT_KB, else the embedded one): make the script again after changing it.
# Works in bash and, through bashcompinit (which runs it in sh emulation, arrays from 0), in zsh.

# Sets vals (the values as typed) and quoted (the same as inserted on the line; empty when no value needs quoting)
# to list $1.
function _okpay_support_list() {
  case $1 in
@LISTS@
  esac
}

# Sets list (a number for _okpay_support_list, or empty) and comma (1 when values are separated by commas) for the
# word $1 describes: "PATH --option", "PATH #N" (the Nth positional parameter) or "PATH #N FIRST" (after FIRST).
function _okpay_support_kind() {
  list=
  comma=
  case $1 in
@KINDS@
  esac
}

# Sets subs (" sub1 sub2 ") and valued (the options that take a value, " --a --b ") of command path $1.
function _okpay_support_command() {
  case $1 in
@COMMANDS@
  esac
}

# Completes values where the line asks for one; anything else is left to picocli's function above.
function _okpay_support_complete() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} path= first= head= key= word subs valued list comma
  local -a vals quoted
  local i skip=0 n=0
  for (( i=1; i<COMP_CWORD; i++ )); do
    word=${COMP_WORDS[i]}
    if (( skip > 0 )); then
      skip=$((skip - 1))
      continue
    fi
    _okpay_support_command "$path"
    if [[ $word == -* ]]; then
      if [[ $word != *=* && $valued == *" $word "* ]]; then
        skip=1
        # bash splits "--option=value" at "=" into three words
        [[ ${COMP_WORDS[i+1]} == = ]] && skip=2
      fi
    elif [[ $word == = ]]; then
      skip=1 # bash splits "ID=VALUE" (--answer) at "=" too: the value after it is no positional either
    elif (( n == 0 )) && [[ $subs == *" $word "* ]]; then
      path=${path:+$path }$word
    else
      (( n == 0 )) && first=$word
      n=$((n + 1))
    fi
  done
  _okpay_support_command "$path"
  if [[ $cur == = ]]; then
    # "--option=" (else the right side of an ID=VALUE pair, which has no list here)
    [[ $valued == *" $prev "* ]] && key="$path $prev"
    cur=
  elif [[ $prev == = ]]; then
    [[ $valued == *" ${COMP_WORDS[COMP_CWORD-2]} "* ]] && key="$path ${COMP_WORDS[COMP_CWORD-2]}"
  elif [[ $cur == -*=* ]]; then
    # one word "--option=value" (zsh; bash without "=" in COMP_WORDBREAKS)
    key="$path ${cur%%=*}"
    head=${cur%%=*}=
    cur=${cur#*=}
  elif (( skip > 0 )); then
    key="$path $prev"
  elif [[ $cur != -* ]]; then
    key="$path #$n"
  fi
  [[ -n $key ]] && _okpay_support_kind "$key $first"
  [[ -z $list && -n $key ]] && _okpay_support_kind "$key"
  # options every command inherits are listed once, under the top-level command
  [[ -z $list && $key == *' -'* ]] && _okpay_support_kind " ${key##* }"
  if [[ -z $list ]]; then
    _complete_okpay-support "$@"
    return $?
  fi
  _okpay_support_list "$list"
  if [[ -n $comma && $cur == *,* ]]; then
    head=$head${cur%,*},
    cur=${cur##*,}
  fi
  # What was typed, unquoted: an opening quote and backslashes are not part of the value.
  cur=${cur#[\"\']}
  cur=${cur//\\/}
  COMPREPLY=()
  # ids and codes match whatever the case typed ("--region cn" finds CN), as in the interactive shell
  local nocase=
  if [[ -n $BASH_VERSION ]] && ! shopt -q nocasematch; then
    shopt -s nocasematch
    nocase=1
  fi
  if (( ${#quoted[@]} == 0 )); then
    for word in "${vals[@]}"; do
      [[ $word == "$cur"* ]] && COMPREPLY+=("$head$word")
    done
  else
    for (( i=0; i<${#vals[@]}; i++ )); do
      [[ ${vals[i]} == "$cur"* ]] && COMPREPLY+=("$head${quoted[i]}")
    done
  fi
  [[ -n $nocase ]] && shopt -u nocasematch
  if [[ $key == *' #0' ]]; then
    # a command may take both a value and subcommands (diagnose FLOW, diagnose describe FLOW)
    for word in $subs; do
      [[ $word == "$cur"* ]] && COMPREPLY+=("$word")
    done
  fi
  if [[ -n $BASH_VERSION ]] && type compopt &>/dev/null; then
    compopt +o default 2>/dev/null # no file names instead of values
    [[ -n $comma ]] && compopt -o nospace 2>/dev/null
  fi
  return 0
}

complete -F _okpay_support_complete -o default okpay-support okpay-support.sh okpay-support.bash
