// SPDX-License-Identifier: MIT
// The C++20 module `wsaerror`: `import wsaerror;` gives the public API of
// <wsaerror/wsaerror.hpp> and of <wsaerror/lang/all.hpp> (every language,
// wsaerror::languages, find_language, language_for). Compile this file as a
// module interface unit beside the headers it includes (see README.md,
// "C++20 module"). Macros do not cross a module boundary: WSAERROR_VERSION
// needs <wsaerror/version.hpp>. The printers (fmt, format, ostream, catch2)
// and windows.hpp stay headers.
module;

#include "wsaerror.hpp"
#include "lang/all.hpp"

export module wsaerror;

export namespace wsaerror {
// category.hpp (errc and condition from generated/enums.hpp)
using wsaerror::errc;
using wsaerror::condition;
using wsaerror::category;
using wsaerror::condition_category;
using wsaerror::is_winsock_category;
using wsaerror::holds_winsock;
using wsaerror::normalize;
using wsaerror::operator==;
using wsaerror::operator!=;
using wsaerror::to_string;
using wsaerror::condition_count;
using wsaerror::all_conditions;
using wsaerror::make_error_code;
using wsaerror::make_error_condition;
// table.hpp
using wsaerror::error_info;
using wsaerror::label;
using wsaerror::hex;
using wsaerror::code_count;
using wsaerror::all;
using wsaerror::find;
using wsaerror::trim;
using wsaerror::parse_integer;
using wsaerror::code_of_hresult;
using wsaerror::fold_name_char;
using wsaerror::for_each_parse_key;
using wsaerror::parse;
using wsaerror::generic_name;
using wsaerror::for_each_alias;
// language.hpp
using wsaerror::language;
using wsaerror::en_us;
using wsaerror::localize;
using wsaerror::message;
using wsaerror::localized_what;
// lang/*.hpp: written by scripts/generate_tables.py from its LANGUAGES list
using wsaerror::en_us;
using wsaerror::zh_tw;
using wsaerror::de_de;
using wsaerror::es_es;
using wsaerror::fr_fr;
using wsaerror::it_it;
using wsaerror::pt_br;
using wsaerror::ru_ru;
// end of the languages
// lang/all.hpp
using wsaerror::languages;
using wsaerror::find_language;
using wsaerror::language_for;
}  // namespace wsaerror
