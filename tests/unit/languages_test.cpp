// SPDX-License-Identifier: MIT
// The six machine-translated languages against their pages: each expected
// text below was read off data/msdocs/<lang>/ (the Winsock page's row, or the
// System Error Codes entry by span id) with the text rules applied by hand,
// and with the repair of data/translation-repairs.tsv where a test says so.
// Also: picking a language by tag, and localized_what().
#include <wsaerror/lang/all.hpp>

#include <string>
#include <string_view>
#include <system_error>

#include <wsaerror/wsaerror.hpp>

#include "../support/catch.hpp"

using wsaerror::find;

static_assert(wsaerror::de_de.tag == "de-DE");
static_assert(wsaerror::ru_ru.tag == "ru-RU");
static_assert(sizeof(wsaerror::languages) / sizeof(wsaerror::languages[0]) == 8);
static_assert(wsaerror::find_language("de-DE") == &wsaerror::de_de);
static_assert(wsaerror::find_language("de") == &wsaerror::de_de);
static_assert(wsaerror::find_language("pt_BR.UTF-8") == &wsaerror::pt_br);
static_assert(wsaerror::find_language("RU_ru@cyrillic") == &wsaerror::ru_ru);
static_assert(wsaerror::find_language("de_AT") == &wsaerror::de_de);
static_assert(wsaerror::find_language("es_MX.UTF-8") == &wsaerror::es_es);
static_assert(wsaerror::find_language("pt_PT") == &wsaerror::pt_br);
static_assert(wsaerror::find_language("fr-CA") == &wsaerror::fr_fr);
static_assert(wsaerror::find_language("zh-Hant-HK") == &wsaerror::zh_tw);
static_assert(wsaerror::find_language("zh_CN") == nullptr);  // Simplified: not zh-TW
static_assert(wsaerror::find_language("zh") == nullptr);
static_assert(wsaerror::find_language("C") == &wsaerror::en_us);
static_assert(wsaerror::find_language("ja_JP") == nullptr);
static_assert(wsaerror::find_language("") == nullptr);
static_assert(wsaerror::find_language("-") == nullptr);
static_assert(&wsaerror::language_for("tlh") == &wsaerror::en_us);  // unknown: English
static_assert(&wsaerror::language_for("it") == &wsaerror::it_it);

TEST_CASE("every language has every code with en-US's facts", "[languages]") {
  for (const wsaerror::language* l : wsaerror::languages) {
    INFO(l->tag);
    REQUIRE(wsaerror::all(*l).size() == wsaerror::code_count);
    for (std::size_t i = 0; i < wsaerror::code_count; ++i) {
      const wsaerror::error_info& t = wsaerror::all(*l)[i];
      const wsaerror::error_info& e = wsaerror::all()[i];
      INFO(e.name);
      CHECK(t.value == e.value);
      CHECK(t.name == e.name);  // from en-US, never the translation's bold text
      CHECK(t.enumerator == e.enumerator);
      CHECK(t.generic == e.generic);
      CHECK(t.conditions == e.conditions);
      CHECK(!t.message.empty());
      CHECK(!t.system_message.empty());
      CHECK(t.description.empty() == e.description.empty());
      if (l != &wsaerror::en_us) CHECK(t.message != e.message);
    }
  }
}

TEST_CASE("WSAEUSERS: the name is the anchor id, not the translated bold text", "[languages][docs]") {
  // de-DE shows the bold name as "WSIERER", es-ES "WSDÚPLEXERS", ru-RU "Всаеусерс".
  CHECK(find(10068, wsaerror::de_de)->name == "WSAEUSERS");
  CHECK(find(10068, wsaerror::de_de)->message == "Das Benutzerkontingent wurde überschritten.");
  CHECK(find(10068, wsaerror::de_de)->description == "Das Benutzerkontingent ist nicht mehr erreicht.");
  CHECK(find(10068, wsaerror::es_es)->name == "WSAEUSERS");
  CHECK(find(10068, wsaerror::es_es)->message == "Se superó la cuota de usuario.");
  CHECK(find(10068, wsaerror::es_es)->description == "Se ha quedo sin cuota de usuario.");
  CHECK(find(10068, wsaerror::fr_fr)->message == "Quota utilisateur dépassé.");
  CHECK(find(10068, wsaerror::fr_fr)->description == "Le quota de l’utilisateur est insuffisant.");
  CHECK(find(10068, wsaerror::it_it)->message == "La quota utente è stata superata.");
  CHECK(find(10068, wsaerror::it_it)->description == "La quota utente è esaurita.");
  CHECK(find(10068, wsaerror::pt_br)->message == "Cota de usuário excedida.");
  CHECK(find(10068, wsaerror::pt_br)->description == "Ficou sem cota de usuário.");
  CHECK(find(10068, wsaerror::ru_ru)->name == "WSAEUSERS");
  CHECK(find(10068, wsaerror::ru_ru)->message == "Превышена квота пользователя.");
  CHECK(find(10068, wsaerror::ru_ru)->description == "Исчерпана квота пользователя.");
}

TEST_CASE("WSAECONNREFUSED's message in every language", "[languages][docs]") {
  CHECK(find(10061, wsaerror::de_de)->message == "Die Verbindung wurde abgelehnt.");
  CHECK(find(10061, wsaerror::es_es)->message == "Conexión rechazada.");
  CHECK(find(10061, wsaerror::fr_fr)->message == "Connexion refusée.");
  CHECK(find(10061, wsaerror::it_it)->message == "Connessione rifiutata.");
  CHECK(find(10061, wsaerror::pt_br)->message == "Conexão recusada.");
  CHECK(find(10061, wsaerror::ru_ru)->message == "Подключение отклонено.");
  // de-DE's "d.&a;" (a garbled "d. h.") is no identifier and no entity: kept.
  CHECK(find(10061, wsaerror::de_de)->description.find("Host inaktiv ist, d.&a; einer, auf dem") !=
        std::string_view::npos);
}

TEST_CASE("repaired identifiers ship in their en-US spelling", "[languages][docs][repairs]") {
  SECTION("de-DE WSAEINTR system message: wsacancelblockingstatement") {
    CHECK(find(10004, wsaerror::de_de)->system_message ==
          "Ein Blockierungs Vorgang wurde durch einen WSACancelBlockingCall-Aufrufvorgang "
          "unterbrochen.");
  }
  SECTION("es-ES WSAEWOULDBLOCK: WSA HAYAWSAMILDBLOCK") {
    CHECK(find(10035, wsaerror::es_es)->description ==
          "Este error se devuelve de las operaciones en sockets no desbloqueados que no se pueden "
          "completar inmediatamente, por ejemplo, recv cuando no se pone en cola ningún dato para "
          "leerse desde el socket. Se trata de un error no grave y la operación debe reinterse más "
          "adelante. Es normal que WSAEWOULDBLOCK se informe como resultado de llamar a connect en "
          "un socket de SOCK_STREAM de no bloqueo, ya que debe transcurrir algún tiempo para que se "
          "establezca la conexión.");
  }
  SECTION("fr-FR WSAENOTSOCK: Select, FD_SET (the message's Socket is a word: kept)") {
    const auto* e = find(10038, wsaerror::fr_fr);
    CHECK(e->message == "Opération de socket sur un qui n’est pas Socket.");
    CHECK(e->description ==
          "Une opération a été tentée sur un qui n’est pas un Socket. Le paramètre de handle de "
          "socket ne faisait pas référence à un socket valide ou, pour select, un membre d’un "
          "fd_set n’est pas valide.");
  }
  SECTION("it-IT WSAEADDRNOTAVAIL: WSAJoinLeafo") {
    CHECK(find(10049, wsaerror::it_it)->description ==
          "L'indirizzo richiesto non è valido nel contesto. Ciò in genere è il risultato di un "
          "tentativo di associazione a un indirizzo non valido per il computer locale. Ciò può "
          "derivare anche da connect, sendto, WSAConnect, WSAJoinLeaf o WSASendTo quando "
          "l'indirizzo remoto o la porta non è valida per un computer remoto (ad esempio, "
          "indirizzo o porta 0).");
  }
  SECTION("pt-BR WSAEDESTADDRREQ: SendTo") {
    CHECK(find(10039, wsaerror::pt_br)->description ==
          "Um endereço necessário foi omitido de uma operação em um soquete. Por exemplo, esse "
          "erro será retornado se sendto for chamado com o endereço remoto de ADDR_ANY.");
  }
  SECTION("ru-RU WSAENOMORE: всалукупсервиценекст in both texts") {
    const auto* e = find(10102, wsaerror::ru_ru);
    CHECK(e->message == "Больше нет результатов.");
    CHECK(e->description == "Функция WSALookupServiceNext не может вернуть дополнительные результаты.");
    CHECK(e->system_message == "WSALookupServiceNext не может вернуть дополнительные результаты.");
  }
}

TEST_CASE("system messages a page left in English stay English", "[languages][docs]") {
  const std::string_view in_use =
      "Only one usage of each socket address (protocol/network address/port) is normally "
      "permitted.";
  CHECK(find(10048, wsaerror::de_de)->system_message == in_use);
  CHECK(find(10048, wsaerror::es_es)->system_message == in_use);
  CHECK(find(10048, wsaerror::it_it)->system_message == in_use);
  CHECK(find(10054, wsaerror::de_de)->system_message ==
        "An existing connection was forcibly closed by the remote host.");
  CHECK(find(10048, wsaerror::fr_fr)->system_message != in_use);
}

TEST_CASE("localized_what() translates the message, == between codes holds", "[languages]") {
  try {
    throw std::system_error(wsaerror::errc::connection_refused, "connect");
  } catch (const std::system_error& e) {
    CHECK(std::string(e.what()) == "connect: Connection refused.");  // untouched
    CHECK(wsaerror::localized_what(e, wsaerror::de_de) == "connect: Die Verbindung wurde abgelehnt.");
    CHECK(wsaerror::localized_what(e, wsaerror::ru_ru) == "connect: Подключение отклонено.");
    CHECK(wsaerror::localized_what(e, wsaerror::en_us) == e.what());
    CHECK(e.code() == wsaerror::errc::connection_refused);
    CHECK(e.code() == std::errc::connection_refused);
  }
  const std::system_error other(std::make_error_code(std::errc::timed_out), "x");
  CHECK(wsaerror::localized_what(other, wsaerror::fr_fr) == other.what());
  const std::system_error unknown(std::error_code(4242, wsaerror::category()), "y");
  CHECK(wsaerror::localized_what(unknown, wsaerror::fr_fr) == unknown.what());
}
