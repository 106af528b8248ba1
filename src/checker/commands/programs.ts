const words = (text: string) => new Set(text.trim().split(/\s+/));

/** Shell builtins and keywords that can stand where a program name does. */
export const builtins = words(`
  . : [ alias bg break builtin caller cd command compgen complete continue declare dirs disown echo
  enable eval exec exit export false fc fg getopts hash help history jobs kill let local logout
  mapfile popd printf pushd pwd read readarray readonly return set shift shopt source suspend test
  time times trap true type typeset ulimit umask unalias unset wait
`);

/** Common POSIX and GNU coreutils programs that only read, print or compute. */
export const readOnlyUtilities = words(`
  awk b2sum base32 base64 basename bash cat cksum cmp column comm cut date diff dirname du egrep env
  expand expr factor fgrep file find fmt fold gawk grep head hostname id join less ls md5sum more
  nice nl nohup nproc numfmt od paste printenv readlink realpath rev sed seq sh sha1sum sha256sum
  sha512sum shuf sleep sort stat tac tail timeout tr tsort uname unexpand uniq watch wc which whoami
  xargs yes zcat zsh
`);

/** Common utilities that write files or signal processes. */
export const stateChangingUtilities = words(`
  chgrp chmod chown cp csplit dd gunzip gzip install ln mkdir mktemp mv rmdir split sync tar tee
  touch truncate unzip zip
`);

/** Variables every shell or login session sets. */
export const standardVariables = words(`
  BASH BASHPID BASH_REMATCH BASH_SOURCE BASH_VERSION CI COLUMNS DISPLAY EDITOR EPOCHREALTIME
  EPOCHSECONDS EUID FUNCNAME GROUPS HOME HOSTNAME HOSTTYPE IFS LANG LANGUAGE LC_ALL LC_CTYPE LINENO
  LINES LOGNAME MACHTYPE OLDPWD OPTARG OPTERR OPTIND OSTYPE PAGER PATH PIPESTATUS PPID PS1 PS2 PS4
  PWD RANDOM REPLY SECONDS SHELL SHLVL SRANDOM SSH_AUTH_SOCK SSH_CONNECTION TERM TMPDIR TZ UID USER
  VISUAL XDG_CACHE_HOME XDG_CONFIG_HOME XDG_DATA_HOME
`);

export const isCommonProgram = (name: string) =>
  builtins.has(name) || readOnlyUtilities.has(name) || stateChangingUtilities.has(name);
