# bash completion for wsaerror(1)
_wsaerror() {
  local cur prev
  cur="${COMP_WORDS[COMP_CWORD]}"
  prev="${COMP_WORDS[COMP_CWORD-1]}"
  case "$prev" in
    --lang)
      COMPREPLY=($(compgen -W "en-US zh-TW de-DE es-ES fr-FR it-IT pt-BR ru-RU" -- "$cur"))
      return 0
      ;;
    -w|--width)
      return 0
      ;;
  esac
  if [[ "$cur" == -* && ! "$cur" =~ ^-[0-9] ]]; then
    COMPREPLY=($(compgen -W "--search --list --scan --json --width --lang --help --version" -- "$cur"))
    return 0
  fi
  # After --scan: files to read.
  local w
  for w in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
    if [[ "$w" == --scan ]]; then
      COMPREPLY=($(compgen -f -- "$cur"))
      return 0
    fi
  done
  # Macro names, matched without regard to case.
  local names
  names=$("${COMP_WORDS[0]}" --list 2>/dev/null | awk '{print $3}')
  local IFS=$'\n'
  COMPREPLY=($(compgen -W "$names" -- "${cur^^}"))
}
complete -F _wsaerror wsaerror
