# bash completion for dpatlas-cli: commands, options, option values, case-study ids and files.
# The commands and each command's options are read from the program's own --help (once per
# shell session), so they follow the installed version; only the fixed value lists below are
# written here, and tests/installer/testcompletion.sh checks each against the --help text.

_dpatlas_cli_help()   # the English --help of "$@", cached
{
    local key="_dpatlas_cli_help_${*//[^a-z]/_}"
    if [[ -z ${!key+set} ]]; then
        printf -v "$key" '%s' "$(LC_ALL=C.UTF-8 LANGUAGE=C QT_QPA_PLATFORM=offscreen \
            "$_dpatlas_cli_program" "$@" --help 2>/dev/null)"
    fi
    printf '%s\n' "${!key}"
}

_dpatlas_cli_commands()
{
    _dpatlas_cli_help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z-]*\).*/\1/p' | uniq
}

# "OPTION" or "OPTION=" (takes a value) for each option of a command, short and long names
# ("  -o, --output <OUT>  ..." gives -o= and --output=).
_dpatlas_cli_options()
{
    _dpatlas_cli_help "$1" | sed -n 's/^  \(-[a-z], \)\{0,1\}\(--[a-z-]*\)\( <[^>]*>\)\{0,1\}.*/\1\2\3/p' |
        sed 's/ <.*>/=/; s/^\(-[a-z]\), \(--.*=\)$/\1=\n\2/; s/^\(-[a-z]\), \(--.*\)$/\1\n\2/' | grep -v -e '^--help' -e '^-h$'
    echo --allow-errors
}

_dpatlas_cli()
{
    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}
    _dpatlas_cli_program=${COMP_WORDS[0]}
    COMPREPLY=()
    if (( COMP_CWORD == 1 )); then
        COMPREPLY=($(compgen -W "$(_dpatlas_cli_commands) --help --version" -- "$cur"))
        return
    fi
    local command=${COMP_WORDS[1]} options
    options=$(_dpatlas_cli_options "$command")

    # The value of the option before the cursor.
    if [[ $prev == -* ]] && grep -qx -- "${prev}=" <<<"$options"; then
        local values=""
        case $command:$prev in
            *:--calendar) values="gregorian julian" ;;
            state:--format) values="csv json" ;;
            animate:--step) values="6h 1d 1w 1m 1y" ;;
            analyze:--step) values="1d 1w 1m 1y" ;;
            analyze:--metric) values="area population dual-index status-share front-length dual-days territories fronts" ;;
            *:--page) values="a4 a4-landscape slide" ;;
            *:--legend) values="auto top-left top-right bottom-left bottom-right beside" ;;
            import:--dates) values="dmy mdy ymd" ;;
            *:-o|*:--output|new:--layer|import:--claims|import:--events|import:--sources)
                compopt -o filenames 2>/dev/null
                COMPREPLY=($(compgen -f -- "$cur"))
                return ;;
        esac
        COMPREPLY=($(compgen -W "$values" -- "$cur"))
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(sed 's/=$//' <<<"$options")" -- "$cur"))
        return
    fi
    # A positional argument: a case study's id, a package folder or a packed .gpkg.
    compopt -o filenames 2>/dev/null
    case $command in
        new) ;;   # the id of a case study that does not exist yet
        validate|unpack) COMPREPLY=($(compgen -d -- "$cur") $(compgen -f -X '!*.gpkg' -- "$cur")) ;;
        *)
            local ids
            ids=$(QT_QPA_PLATFORM=offscreen "$_dpatlas_cli_program" list 2>/dev/null | cut -f1)
            COMPREPLY=($(compgen -W "$ids" -- "$cur") $(compgen -d -- "$cur") $(compgen -f -X '!*.gpkg' -- "$cur")) ;;
    esac
}
complete -F _dpatlas_cli dpatlas-cli
