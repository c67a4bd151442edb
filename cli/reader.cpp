// SPDX-License-Identifier: MIT
#include "reader.hpp"

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>

#include <wsaerror/lang/all.hpp>
#include <wsaerror/wsaerror.hpp>

#include "text.hpp"

namespace wsaerror_tool {
namespace {

/// Bytes that make up words: ASCII letters, digits and '_'.
constexpr std::array<bool, 256> word_bytes = [] {
  std::array<bool, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[static_cast<std::size_t>(c)] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                     (c >= '0' && c <= '9') || c == '_';
  }
  return t;
}();

/// The Win32 values of the stand-ins that stand for a Winsock code (1225...),
/// by value: a first test for numbers, before the rules of stand_in_decimal().
constexpr std::array<bool, 1461> stand_in_values = [] {
  std::array<bool, 1461> t{};
  for (const wsaerror::stand_in_info& s : wsaerror::all_stand_ins()) {
    if (s.winsock != 0 && static_cast<std::size_t>(s.value) < t.size()) t[static_cast<std::size_t>(s.value)] = true;
  }
  return t;
}();
static_assert(wsaerror::all_stand_ins().back().value < 1461, "a stand-in above 1460: enlarge stand_in_values");

bool is_word(char c) { return word_bytes[static_cast<unsigned char>(c)]; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
char lower_ascii(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f'; }

/// Whether `w` is `lower` in any case.
bool equals_lower(std::string_view w, std::string_view lower) {
  if (w.size() != lower.size()) return false;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (lower_ascii(w[i]) != lower[i]) return false;
  }
  return true;
}

bool ends_with_lower(std::string_view w, std::string_view lower) {
  return w.size() >= lower.size() && equals_lower(w.substr(w.size() - lower.size()), lower);
}

bool any_of(std::string_view w, std::initializer_list<std::string_view> words) {
  for (const std::string_view c : words) {
    if (equals_lower(w, c)) return true;
  }
  return false;
}

/// A WSA function's name as a call prints it: "WSARecv", "WSAStartup" (not a
/// macro name such as WSAECONNRESET, which names a code itself).
bool is_wsa_call(std::string_view w) {
  return w.size() >= 5 && w[0] == 'W' && w[1] == 'S' && w[2] == 'A' && is_upper(w[3]) &&
         !is_upper(w[4]) && w[4] != '_';
}

/// How strongly a word before a number makes it an error code: 0 not at
/// all, 1 an error word, 2 a Winsock word (enough for the codes below 10000).
int context_strength(std::string_view w) {
  if (w.size() < 3 || w.size() > 16) return 0;
  if (any_of(w, {"winerror", "wsaerror", "lasterror", "getlasterror", "wsagetlasterror",
                 "socketerror", "socketerrorcode", "socketexception", "nativeerrorcode",
                 "win32exception"})) {
    return 2;
  }
  if (is_wsa_call(w)) return 2;
  if (any_of(w, {"error", "errno", "err", "errorcode", "error_code", "errcode", "code", "failed",
                 "failure", "fails"})) {
    return 1;
  }
  return 0;
}

/// Words that may stand between a context word and its number.
bool is_link(std::string_view w) {
  return any_of(w, {"returned", "returns", "return", "is", "was", "with", "of"});
}

/// Words before a number that make it another program's exit status.
bool is_exit_word(std::string_view w) {
  return any_of(w, {"exit", "exited", "exitcode", "exit_code", "exitstatus", "returncode",
                    "retcode", "terminated"});
}

/// Words after a number that make it a quantity: units and counts.
bool is_unit(std::string_view w) {
  return any_of(w, {"ms", "s", "sec", "secs", "second", "seconds", "us", "ns", "min", "mins",
                    "minute", "minutes", "h", "hours", "b", "byte", "bytes", "kb", "kib", "mb",
                    "mib", "gb", "times", "attempts", "retries", "tries", "items", "rows",
                    "records", "entries", "requests", "connections", "lines", "files",
                    "packets", "bps", "ticks"});
}

/// The code an HRESULT_FROM_WIN32 value holds (the library's rule), or nullptr.
const wsaerror::error_info* from_hresult(long long value) {
  const int code = wsaerror::code_of_hresult(value);
  return code < 0 ? nullptr : wsaerror::find(code);
}

/// What `text` says before it: an error or a failure ("failed", "error",
/// "Can't", "could not", "unable", an exception), and a WSA call's name.
struct before_facts {
  bool failure = false;
  bool wsa = false;
  bool overlapped = false;  ///< an overlapped-I/O call: GetQueuedCompletionStatus...
};

/// The calls whose failure GetLastError() reports with a Win32 stand-in code.
bool is_overlapped_call(std::string_view w) {
  return any_of(w, {"getqueuedcompletionstatus", "getqueuedcompletionstatusex",
                    "getoverlappedresult", "getoverlappedresultex", "acceptex", "connectex",
                    "disconnectex", "transmitfile", "transmitpackets", "winnt_accept"});
}

before_facts facts_of(std::string_view text) {
  before_facts f;
  std::string_view previous;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && !is_word(text[i])) ++i;
    const std::size_t s = i;
    while (i < text.size() && is_word(text[i])) ++i;
    if (s == i) break;
    const std::string_view w = text.substr(s, i - s);
    if (any_of(w, {"fail", "failed", "fails", "failure", "error", "err", "errno", "cannot",
                   "unable", "couldn", "exception", "refused", "aborted", "unknown"}) ||
        (equals_lower(w, "t") && s > 0 && (text[s - 1] == '\'' || text[s - 1] == '`')) ||
        (equals_lower(w, "not") && any_of(previous, {"could", "can", "did", "was"}))) {
      f.failure = true;
    }
    if (is_wsa_call(w) || (w.size() >= 4 && w[0] == 'W' && w[1] == 'S' && w[2] == 'A' &&
                           wsaerror::parse(w))) {
      f.wsa = true;
    }
    if (ends_with_lower(w, "exception") || ends_with_lower(w, "error")) {
      f.failure = true;  // SocketException, ConnectionRefusedError
    }
    if (is_overlapped_call(w)) f.overlapped = true;
    previous = w;
  }
  return f;
}

// ---------------------------------------------------------------------------
// Windows' system messages inside a line: a trie of every scanned message
// (folded as fold_text() folds), walked from each word start. Built once.

/// A code a message names, and the stand-in whose message it is (or none).
struct trie_code {
  const wsaerror::error_info* entry = nullptr;
  const wsaerror::stand_in_info* via = nullptr;
  bool operator==(const trie_code& o) const { return entry == o.entry && via == o.via; }
};

struct message_trie {
  struct node {
    std::uint32_t first_child = 0;   ///< 0: none (the root is no one's child)
    std::uint32_t next_sibling = 0;  ///< siblings in increasing order of label
    unsigned char label = 0;
    std::uint16_t codes = 0;  ///< 1 + index in `code_lists`, 0: no message ends here
  };
  std::vector<node> nodes;           ///< nodes[0] is the root
  std::array<std::uint32_t, 256> root{};  ///< the root's children by byte
  std::vector<std::vector<trie_code>> code_lists;
  std::bitset<65536> starts;  ///< start_key() of each message that starts with four ASCII bytes
  /// The lengths of the first words (runs of ASCII letters, digits and '_')
  /// of messages by their first two bytes: bit min(length, 31) of
  /// first_words[first_two(word)].
  std::array<std::uint32_t, 26 * 27> first_words{};
  /// The same lengths by the first byte only, in either case: a first test.
  std::array<std::uint32_t, 256> by_first_byte{};
  std::size_t messages = 0;

  /// Whether a message may start with the word line[s, e) (of ASCII word bytes).
  bool may_start(const char* p, std::size_t s, std::size_t e) const {
    const std::size_t length = e - s < 31 ? e - s : 31;
    if ((by_first_byte[static_cast<unsigned char>(p[s])] >> length & 1u) == 0) return false;
    const long at = first_two(p + s, e - s);
    if (at < 0) return false;
    return (first_words[static_cast<std::size_t>(at)] >> length & 1u) != 0;
  }

  /// A word's first letter and second byte (a letter, or 26 for anything
  /// else) as an index of first_words, or -1 when it starts with no letter.
  static long first_two(const char* w, std::size_t size) {
    const char a = lower_ascii(w[0]);
    if (a < 'a' || a > 'z') return -1;
    const char b = size > 1 ? lower_ascii(w[1]) : ' ';
    return (a - 'a') * 27 + (b >= 'a' && b <= 'z' ? b - 'a' : 26);
  }

  std::uint32_t child(std::uint32_t at, unsigned char c) const {
    if (at == 0) return root[c];
    std::uint32_t k = nodes[at].first_child;
    while (k != 0 && nodes[k].label < c) k = nodes[k].next_sibling;
    return k != 0 && nodes[k].label == c ? k : 0;
  }
};

/// Folded ASCII bytes for start_key(): lower case, blanks as ' ', 0 for
/// bytes above 0x7F (a key that holds one is no key).
constexpr std::array<unsigned char, 256> key_bytes = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 1; c < 0x80; ++c) {
    const bool blank = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
    t[static_cast<std::size_t>(c)] =
        static_cast<unsigned char>(blank ? ' ' : (c >= 'A' && c <= 'Z') ? c - 'A' + 'a' : c);
  }
  return t;
}();

/// A hash of the first four bytes at `p` as fold_text() folds them, in
/// [0, 65536); -1 when one is not ASCII or two blanks follow each other (no
/// key: the caller walks the trie).
inline long start_key(const char* p) {
  const unsigned char a = key_bytes[static_cast<unsigned char>(p[0])];
  const unsigned char b = key_bytes[static_cast<unsigned char>(p[1])];
  const unsigned char c = key_bytes[static_cast<unsigned char>(p[2])];
  const unsigned char d = key_bytes[static_cast<unsigned char>(p[3])];
  if (a == 0 || b == 0 || c == 0 || d == 0 || (a == ' ' && b == ' ') || (b == ' ' && c == ' ') ||
      (c == ' ' && d == ' ')) {
    return -1;
  }
  const std::uint32_t x = std::uint32_t{a} << 24 | std::uint32_t{b} << 16 | std::uint32_t{c} << 8 | d;
  return static_cast<long>((x * 2654435761u) >> 16);
}

/// Whether the system message of stand-in `s` in language `tag` is read in
/// lines: it stands for a Winsock code of its own that the sources agree on
/// or call doubtful, and no stand-in with another code has the same message.
bool scanned_stand_in(const wsaerror::stand_in_info& s, std::string_view tag) {
  if (s.winsock == 0 || s.winsock == s.value || !s.normalized ||
      (s.confidence != wsaerror::confidence::agreed && s.confidence != wsaerror::confidence::doubtful)) {
    return false;
  }
  const std::string_view text = wsaerror::message(s, tag);
  for (const wsaerror::stand_in_info& o : wsaerror::all_stand_ins()) {
    if (o.winsock != s.winsock && wsaerror::message(o, tag) == text) return false;
  }
  return true;
}

bool is_scanned(const std::string& folded) {
  if (folded.size() < 20) return false;
  std::size_t blanks = 0;
  for (const char c : folded) blanks += c == ' ';
  return blanks == 0 || blanks >= 3;
}

/// The scanned stand-in messages of language `tag`, folded, with their codes.
void add_stand_in_messages(std::vector<std::pair<std::string, trie_code>>& texts, std::string_view tag) {
  for (const wsaerror::stand_in_info& s : wsaerror::all_stand_ins()) {
    if (!scanned_stand_in(s, tag)) continue;
    std::string folded = fold_text(wsaerror::message(s, tag));
    if (is_scanned(folded)) texts.emplace_back(std::move(folded), trie_code{wsaerror::find(s.winsock), &s});
  }
}

const message_trie& trie() {
  static const std::unique_ptr<const message_trie> built = [] {
    // Every scanned message folded, sorted: the trie is then built in one
    // pass, each new node the last child of a node on the current path.
    std::vector<std::pair<std::string, trie_code>> texts;
    for (const wsaerror::language* l : wsaerror::languages) {
      for (const wsaerror::error_info& e : wsaerror::all(*l)) {
        std::string folded = fold_text(e.system_message);
        if (is_scanned(folded)) texts.emplace_back(std::move(folded), trie_code{wsaerror::find(e.value), nullptr});
      }
      add_stand_in_messages(texts, l->tag);
    }
    std::stable_sort(texts.begin(), texts.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    auto t = std::make_unique<message_trie>();
    t->messages = texts.size();
    t->nodes.emplace_back();
    std::vector<std::uint32_t> last_child(1, 0);
    std::vector<std::uint32_t> path(1, 0);  // path[d]: the node at depth d of the last text
    const std::string* previous = nullptr;
    for (const auto& [text, entry] : texts) {
      std::size_t common = 0;
      if (previous) {
        while (common < text.size() && common < previous->size() && text[common] == (*previous)[common]) ++common;
      }
      path.resize(common + 1);
      for (std::size_t d = common; d < text.size(); ++d) {
        const auto at = static_cast<std::uint32_t>(t->nodes.size());
        const std::uint32_t parent = path[d];
        message_trie::node n;
        n.label = static_cast<unsigned char>(text[d]);
        t->nodes.push_back(n);
        last_child.push_back(0);
        if (parent == 0) {
          t->root[n.label] = at;
        } else if (last_child[parent] == 0) {
          t->nodes[parent].first_child = at;
        } else {
          t->nodes[last_child[parent]].next_sibling = at;
        }
        last_child[parent] = at;
        path.push_back(at);
      }
      message_trie::node& end = t->nodes[path[text.size()]];
      if (end.codes == 0) {
        t->code_lists.emplace_back();
        end.codes = static_cast<std::uint16_t>(t->code_lists.size());
      }
      auto& codes = t->code_lists[end.codes - 1u];
      if (std::find(codes.begin(), codes.end(), entry) == codes.end()) codes.push_back(entry);
      const long key = start_key(text.data());
      if (key >= 0) t->starts.set(static_cast<std::size_t>(key));
      std::size_t length = 0;
      while (length < text.size() && is_word(text[length])) ++length;
      const long first = message_trie::first_two(text.data(), length);
      if (first >= 0) {
        const std::uint32_t bit = 1u << (length < 31 ? length : 31);
        t->first_words[static_cast<std::size_t>(first)] |= bit;
        t->by_first_byte[static_cast<unsigned char>(text[0])] |= bit;
        t->by_first_byte[static_cast<unsigned char>(text[0] - 'a' + 'A')] |= bit;
      }
      previous = &text;
    }
    return std::unique_ptr<const message_trie>(t.release());
  }();
  return *built;
}

/// The system message that starts at line[s], if any: its end (one past) and
/// codes; the longest one when several do.
struct message_match {
  std::size_t end = 0;
  const std::vector<trie_code>* codes = nullptr;
};

message_match match_message(const message_trie& t, std::string_view line, std::size_t s) {
  message_match m;
  constexpr std::uint32_t none = 0xFFFFFFFFu;
  std::uint32_t at = 0;
  std::size_t i = s;
  char folded[4];
  while (i < line.size()) {
    const char c = line[i];
    std::size_t size = 1;
    std::size_t next = i + 1;
    if (static_cast<unsigned char>(c) < 0x80) {
      if (is_blank(c)) {
        folded[0] = ' ';
        while (next < line.size() && is_blank(line[next])) ++next;
      } else {
        folded[0] = lower_ascii(c);
      }
    } else {
      next = i + fold_char(line, i, folded, size);
      if (size == 1 && folded[0] == ' ') {
        while (next < line.size() && is_blank(line[next])) ++next;
      }
    }
    for (std::size_t k = 0; k < size && at != none; ++k) {
      const std::uint32_t to = t.child(at, static_cast<unsigned char>(folded[k]));
      at = to ? to : none;  // no node has the root as its child
    }
    if (at == none) break;
    i = next;
    const std::uint16_t codes = t.nodes[at].codes;
    // A whole message: it ends the line or a word ("...refused it." not "...refused its").
    if (codes && (i >= line.size() || !is_word(line[i]) || !is_word(line[i - 1]))) {
      m.end = i;
      m.codes = &t.code_lists[codes - 1u];
    }
  }
  return m;
}

/// A word of the line: [begin, end); end 0 when there is none.
struct span {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool set() const { return end != 0; }
};

/// The word of `line` before `w` (or none).
span word_before(std::string_view line, const span& w) {
  std::size_t k = w.begin;
  while (k > 0 && !is_word(line[k - 1])) --k;
  const std::size_t end = k;
  while (k > 0 && is_word(line[k - 1])) --k;
  return end > k ? span{k, end} : span{};
}

}  // namespace

bool scanned_message(std::string_view text) { return is_scanned(fold_text(text)); }

namespace {

#if defined(__GNUC__)
#define WSAERROR_TOOL_COLD __attribute__((noinline, cold))
#elif defined(_MSC_VER)
#define WSAERROR_TOOL_COLD __declspec(noinline)
#else
#define WSAERROR_TOOL_COLD
#endif

/// read_line()'s state. The loop in read_line() only splits the line into
/// words and numbers; what is rare (a number that is a code, a word that may
/// start a message or name a code) is decided here, out of line, so that the
/// loop stays small.
struct line_reader {
  std::string_view line;
  const char* p;
  std::size_t n;
  const message_trie& messages;
  std::vector<finding>& out;
  span w1, w2;  // the two words before the current one, nearest first

  std::string_view word(const span& s) const { return std::string_view(p + s.begin, s.end - s.begin); }

  /// Only blanks and ':' '=' '#' '(' ')' '"' '\'' '-' in [a, b), at most six.
  bool gap(std::size_t a, std::size_t b) const {
    if (b < a || b - a > 6) return false;
    for (std::size_t k = a; k < b; ++k) {
      switch (p[k]) {
        case ' ': case '\t': case ':': case '=': case '#': case '(': case ')': case '"':
        case '\'': case '-':
          break;
        default:
          return false;
      }
    }
    return true;
  }

  /// How strongly the words before a number at `s` make it a code (see context_strength).
  int context(std::size_t s) const {
    if (!w1.set() || !gap(w1.end, s)) return 0;
    span c = w1;
    int strength = context_strength(word(w1));
    if (strength == 0 && is_link(word(w1)) && w2.set() && gap(w2.end, w1.begin)) {
      c = w2;
      strength = context_strength(word(w2));
    }
    if (strength == 0) return 0;
    // "?code=10054", "&error=10054": a URL's query, not a log's words.
    if (c.begin > 0 && (p[c.begin - 1] == '?' || p[c.begin - 1] == '&')) return 0;
    // "exit code 10054", "exited with code 10054": another program's status.
    const span w3 = w2.set() ? word_before(line, w2) : span{};
    for (const span x : {w1, w2, w3}) {
      if (x.set() && is_exit_word(word(x))) return 0;
    }
    return strength;
  }

  /// The word after a number ending at `e` is a unit or a count.
  bool quantity(std::size_t e) const {
    std::size_t k = e;
    while (k < n && (p[k] == ' ' || p[k] == '\t') && k - e < 2) ++k;
    std::size_t j = k;
    while (j < n && is_word(p[j])) ++j;
    return j > k && is_unit(std::string_view(p + k, j - k));
  }

  /// "system:10061", "winsock:10061", "asio.system:10054": an error_code as std, Boost and Asio print it.
  bool category_value(std::size_t s) const {
    if (!w1.set() || w1.end + 1 != s || p[w1.end] != ':') return false;
    const std::string_view w = word(w1);
    if (!equals_lower(w, "system") && !equals_lower(w, "winsock")) return false;
    if (w1.begin == 0) return true;
    const char b = p[w1.begin - 1];
    if (b == '.') return w2.set() && w2.end + 1 == w1.begin && equals_lower(word(w2), "asio");
    return !is_word(b) && b != '-' && b != '/' && b != '\\';
  }

  /// Whether the decimal number [s, i), the value of `e`, is a code where it stands.
  WSAERROR_TOOL_COLD bool decimal_code(std::size_t s, std::size_t i, const wsaerror::error_info& e) const {
    // Not the end of a version, a path or a file name ("1.10054", "/api/10054").
    if (s > 0 && (p[s - 1] == '.' || p[s - 1] == '/' || p[s - 1] == '\\')) return false;
    const bool low = e.value < 10000;  // 6, 8, 87, 995-997: common small numbers
    const char after = i < n ? p[i] : '\0';
    const char before = s > 0 ? p[s - 1] : '\0';
    if (category_value(s)) return true;  // system:10061
    if (w1.set() && equals_lower(word(w1), "os") && w1.begin > 0 && p[w1.begin - 1] == '(' &&
        w1.end + 1 == s && p[w1.end] == ' ' && after == ')') {
      return true;  // (OS 10054)
    }
    if ((before == '(' || before == '[') &&
        (after == ')' || after == ']' || (after == ':' && (i + 1 == n || p[i + 1] == ' ')))) {
      // failed (10054: ...), Can't connect ... (10061)
      const before_facts f = facts_of(line.substr(0, s - 1));
      return (f.failure || !out.empty()) && (!low || f.wsa);
    }
    if (quantity(i)) return false;
    const int strength = context(s);
    if (strength > 0) return !low || strength == 2 || facts_of(line.substr(0, s)).wsa;
    if (w1.set() && w1.end + 2 <= s && p[w1.end] == '(' && p[w1.end + 1] == ')' && gap(w1.end, s)) {
      // socket(): 10093, after an error text: a call's result
      const before_facts f = facts_of(line.substr(0, w1.begin));
      return f.failure && (!low || f.wsa);
    }
    return false;
  }

  /// A token [s, i) of digits and letters: 0x80072746, 0x0000274D/10061,
  /// 0x274D or 274Dh after an error word. Returns where the finding's text
  /// ends (i, or after "/10061"), 0 when there is none.
  WSAERROR_TOOL_COLD std::size_t hex_code(std::size_t s, std::size_t i) {
    const std::size_t size = i - s;
    const std::string_view t(p + s, size);
    const bool glued = i + 1 < n &&
                       (p[i] == '.' || p[i] == '-' || p[i] == ':' || p[i] == '/' || p[i] == '#') &&
                       is_word(p[i + 1]);
    long long v = 0;  // read by the library's parse_integer(), as parse() reads it
    const wsaerror::error_info* e = nullptr;
    std::size_t end = i;
    if (size > 2 && size <= 10 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X')) {
      if (!wsaerror::parse_integer(t, v)) return 0;
      e = from_hresult(v);  // 0x80072746
      if (!e && size == 10 && stand_in(s, i, wsaerror::parse_stand_in(t))) return i;  // 0xC0000236, 0x800704C9
      if (!e && v <= 0xFFFF && i + 1 < n && p[i] == '/' && is_digit(p[i + 1])) {
        // 0x0000274D/10061 (PostgreSQL): the same code in hex and decimal
        std::size_t j = i + 1;
        long long d = 0;
        while (j < n && is_digit(p[j]) && j - i <= 6) d = d * 10 + (p[j++] - '0');
        if (d == v && (j >= n || !is_word(p[j]))) {
          e = wsaerror::find(static_cast<int>(v));
          end = j;
        }
      } else if (!e && !glued && v <= 0xFFFF) {
        const int strength = context(s);
        e = strength > 0 ? wsaerror::find(static_cast<int>(v)) : nullptr;  // error 0x274D
        if (e && e->value < 10000 && strength < 2) e = nullptr;
      }
    } else if (size >= 2 && size <= 5 && (t.back() == 'h' || t.back() == 'H') && !glued &&
               wsaerror::parse_integer(t, v)) {
      const int strength = context(s);
      e = strength > 0 ? wsaerror::find(static_cast<int>(v)) : nullptr;  // 2746h
      if (e && e->value < 10000 && strength < 2) e = nullptr;
    }
    if (!e) return 0;
    out.push_back(finding{s + 1, std::string_view(p + s, end - s), e, {}});
    return end;
  }

  /// A system message starting at `s`: its findings; returns its end, 0 when none.
  WSAERROR_TOOL_COLD std::size_t message(std::size_t s) {
    const message_match m = match_message(messages, line, s);
    if (!m.codes) return 0;
    for (const trie_code& c : *m.codes) {
      out.push_back(finding{s + 1, line.substr(s, m.end - s), c.entry,
                            c.via ? wsaerror::parse_stand_in(c.via->name) : wsaerror::stand_in_match()});
    }
    return m.end;
  }

  /// A finding for stand-in match `m` at [s, e) when it stands for a Winsock code.
  bool stand_in(std::size_t s, std::size_t e, const wsaerror::stand_in_match& m) {
    if (!m || m.winsock == 0) return false;
    out.push_back(finding{s + 1, std::string_view(p + s, e - s), wsaerror::find(m.winsock), m});
    return true;
  }

  /// The decimal number [s, i), a Win32 stand-in's value: whether it is one
  /// where it stands (see read_line()).
  WSAERROR_TOOL_COLD bool stand_in_decimal(std::size_t s, std::size_t i) const {
    if (s > 0 && (p[s - 1] == '.' || p[s - 1] == '/' || p[s - 1] == '\\')) return false;
    const char after = i < n ? p[i] : '\0';
    if (category_value(s)) return true;  // system:1225
    if (w1.set() && equals_lower(word(w1), "os") && w1.begin > 0 && p[w1.begin - 1] == '(' &&
        w1.end + 1 == s && p[w1.end] == ' ' && after == ')') {
      return true;  // (OS 64)
    }
    if (quantity(i)) return false;
    const int strength = context(s);
    if (strength == 2) return true;  // [WinError 1225], GetLastError() = 1225
    if (strength == 0) return false;
    const before_facts f = facts_of(line.substr(0, s));
    return f.overlapped || f.wsa;  // GetQueuedCompletionStatus failed with error 1225
  }

  /// The word [s, i): a stand-in's ERROR_* or STATUS_* name, spelled as the headers spell it.
  WSAERROR_TOOL_COLD void stand_in_name(std::size_t s, std::size_t i) {
    const std::string_view t(p + s, i - s);
    const bool exact = t[0] == 'E' ? wsaerror::find_stand_in(t) != nullptr : wsaerror::find_ntstatus(t) != nullptr;
    if (exact) stand_in(s, i, wsaerror::parse_stand_in(t));
  }

  /// The word [s, i) starting with a letter: a WSA macro name, or a .NET name after SocketError.
  WSAERROR_TOOL_COLD void name(std::size_t s, std::size_t i) {
    const std::string_view t(p + s, i - s);
    const wsaerror::error_info* e = nullptr;
    if (t.size() >= 5 && (t[0] == 'W' || t[0] == 'w') && (t[1] == 'S' || t[1] == 's') &&
        (t[2] == 'A' || t[2] == 'a')) {
      e = wsaerror::parse(t);  // WSAECONNRESET, wsa_io_pending; not WSAStartup
    } else if (w1.set() && s - w1.end <= 4) {
      const std::string_view w = word(w1);
      if (equals_lower(w, "socketerror") || equals_lower(w, "socketerrorcode")) {
        e = wsaerror::parse(t);  // SocketError.ConnectionReset, SocketErrorCode: TimedOut
      }
    }
    if (e) out.push_back(finding{s + 1, t, e, {}});
  }
};

}  // namespace

std::vector<finding> read_line(std::string_view line) {
  std::vector<finding> out;
  line_reader r{line, line.data(), line.size(), trie(), out, span{}, span{}};
  const char* const p = line.data();
  const std::size_t n = line.size();
  const message_trie& messages = r.messages;
  span w1, w2;  // r.w1 and r.w2, kept here while nothing out of line needs them
  std::size_t i = 0;
  while (i < n) {
    const char c0 = p[i];
    if (!is_word(c0)) {
      // A system message in a language written in other letters (Cyrillic, Chinese...).
      if (static_cast<unsigned char>(c0) >= 0xC0 && (i == 0 || !is_word(p[i - 1]))) {
        if (const std::size_t end = r.message(i)) {
          i = end;
          w1 = w2 = span{};
          continue;
        }
      }
      ++i;
      continue;
    }
    const std::size_t s = i;
    if (is_digit(c0)) {
      // Decimal value while finding the token's end (the common case: no code).
      unsigned long long v = 0;
      bool decimal = true;
      for (; i < n && is_word(p[i]); ++i) {
        const char c = p[i];
        if (decimal && is_digit(c)) {
          v = v * 10 + static_cast<unsigned>(c - '0');
        } else {
          decimal = false;
        }
      }
      const std::size_t size = i - s;
      if (decimal) {
        // Not part of a dotted, dashed or coloned run ("10054.5", "10054-01", "10054:80", "10054#1").
        const bool glued = i + 1 < n &&
                           (p[i] == '.' || p[i] == '-' || p[i] == ':' || p[i] == '/' || p[i] == '#') &&
                           is_word(p[i + 1]);
        const bool minus = s > 0 && p[s - 1] == '-';
        if (size <= 5 && !glued && !minus) {
          if (const wsaerror::error_info* e = wsaerror::find(static_cast<int>(v))) {
            r.w1 = w1;
            r.w2 = w2;
            if (r.decimal_code(s, i, *e)) out.push_back(finding{s + 1, line.substr(s, size), e, {}});
          } else if (v < stand_in_values.size() && stand_in_values[v]) {
            r.w1 = w1;
            r.w2 = w2;
            if (r.stand_in_decimal(s, i)) r.stand_in(s, i, wsaerror::parse_stand_in(line.substr(s, size)));  // error 1225
          }
        } else if (size == 10 && minus && !glued) {
          if (const wsaerror::error_info* e = from_hresult(-static_cast<long long>(v))) {  // -2147014842
            out.push_back(finding{s + 1, line.substr(s, size), e, {}});
          } else {
            r.stand_in(s - 1, i, wsaerror::parse_stand_in(line.substr(s - 1, size + 1)));  // -1073741258
          }
        }
      } else if ((size > 2 && (p[s + 1] == 'x' || p[s + 1] == 'X')) ||
                 (size <= 5 && (p[i - 1] == 'h' || p[i - 1] == 'H'))) {
        r.w1 = w1;
        r.w2 = w2;
        if (const std::size_t end = r.hex_code(s, i)) i = end;
      }
    } else {
      while (i < n && is_word(p[i])) ++i;
      // A system message that starts with this word.
      long key = 0;
      if (s + 20 <= n && messages.may_start(p, s, i) &&
          ((key = start_key(p + s)) < 0 || messages.starts.test(static_cast<std::size_t>(key)))) {
        if (const std::size_t end = r.message(s)) {
          i = end;
          w1 = w2 = span{};
          continue;
        }
      }
      if (i - s >= 5 && (c0 == 'W' || c0 == 'w') && (p[s + 1] == 'S' || p[s + 1] == 's')) {
        r.w1 = w1;
        r.name(s, i);
      } else if (i - s >= 12 && ((c0 == 'E' && p[s + 5] == '_') || (c0 == 'S' && p[s + 6] == '_'))) {
        r.stand_in_name(s, i);  // ERROR_NETNAME_DELETED, STATUS_CONNECTION_RESET
      } else if (w1.set() && s - w1.end <= 4 && w1.end - w1.begin >= 11 &&
                 (p[w1.begin] == 'S' || p[w1.begin] == 's')) {
        r.w1 = w1;
        r.name(s, i);
      }
    }
    w2 = w1;
    w1 = span{s, i};
  }
  return out;
}

namespace {

/// A W3C extended log's directive "#Fields: date time ... sc-win32-status ...":
/// the index of sc-win32-status, -1 when it has none.
int win32_status_field(std::string_view fields) {
  int index = 0;
  for (std::size_t i = 0; i < fields.size();) {
    while (i < fields.size() && is_blank(fields[i])) ++i;
    const std::size_t s = i;
    while (i < fields.size() && !is_blank(fields[i])) ++i;
    if (s == i) break;
    if (equals_lower(fields.substr(s, i - s), "sc-win32-status")) return index;
    ++index;
  }
  return -1;
}

/// The value of a W3C data line's sc-win32-status field (`field`, 0-based,
/// fields separated by blanks): a Winsock code or a stand-in for one.
std::vector<finding> w3c_status(std::string_view line, int field) {
  std::vector<finding> out;
  int index = 0;
  for (std::size_t i = 0; i < line.size();) {
    while (i < line.size() && is_blank(line[i])) ++i;
    const std::size_t s = i;
    while (i < line.size() && !is_blank(line[i])) ++i;
    if (s == i) break;
    if (index++ != field) continue;
    const std::string_view t = line.substr(s, i - s);
    long long v = 0;
    bool digits = t.size() <= 10;
    for (const char c : t) digits = digits && is_digit(c);
    if (!digits || !wsaerror::parse_integer(t, v) || v == 0) break;  // 0: success
    if (v <= 0x7FFFFFFF) {
      if (const wsaerror::error_info* e = wsaerror::find(static_cast<int>(v))) {
        out.push_back(finding{s + 1, t, e, {}});
        break;
      }
    }
    const wsaerror::stand_in_match m = wsaerror::parse_stand_in(t);
    if (m && m.winsock != 0 && m.ntstatus == nullptr) {
      out.push_back(finding{s + 1, t, wsaerror::find(m.winsock), m});
    }
    break;
  }
  return out;
}

}  // namespace

std::vector<finding> read_w3c_line(std::string_view line, line_context& context) {
  if (!line.empty() && line[0] == '#') {
    constexpr std::string_view fields = "#Fields:";
    if (line.substr(0, fields.size()) == fields) {
      context.win32_status_field = win32_status_field(line.substr(fields.size()));
      return {};
    }
    if (context.win32_status_field >= 0) return {};  // #Date:, #Software: in a W3C log
  } else if (context.win32_status_field >= 0) {
    return w3c_status(line, context.win32_status_field);
  }
  return read_line(line);
}

}  // namespace wsaerror_tool
