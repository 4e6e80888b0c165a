// libxml2 walk over the parsed page: a loop over first-child / next / parent
// pointers, never recursion, so deep pages cannot exhaust the stack.
#include "input/html_metadata.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <mutex>
#include <vector>

#include "simdjson.h"

namespace vnie {
namespace {

std::string Lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

// Trims and collapses ASCII whitespace.
std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::optional<std::string> Property(xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return std::nullopt;
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

std::string Content(xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  if (value == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return out;
}

void SetOnce(std::optional<std::string>* field, std::string_view value) {
  std::string collapsed = Collapse(value);
  if (!field->has_value() && !collapsed.empty()) *field = std::move(collapsed);
}

// A JSON-LD person: a string or {"name": ...}.
std::optional<std::string> NameOf(simdjson::dom::element person) {
  std::string_view name;
  if (person.get_string().get(name) == simdjson::SUCCESS) return std::string(name);
  simdjson::dom::object object;
  if (person.get_object().get(object) == simdjson::SUCCESS &&
      object["name"].get_string().get(name) == simdjson::SUCCESS) {
    return std::string(name);
  }
  return std::nullopt;
}

// The author of a JSON-LD node: a person, or the first of an array of them.
std::optional<std::string> JsonLdAuthor(simdjson::dom::element author) {
  simdjson::dom::array array;
  if (author.get_array().get(array) == simdjson::SUCCESS) {
    for (simdjson::dom::element item : array) {
      if (auto name = NameOf(item)) return name;
    }
    return std::nullopt;
  }
  return NameOf(author);
}

// Looks through one JSON-LD script (any nesting of objects, arrays, @graph)
// for datePublished, headline and author, with an explicit stack.
void ReadJsonLd(std::string_view json, std::optional<std::string>* published,
                std::optional<std::string>* headline, std::optional<std::string>* author) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(json.data(), json.size(), true).get(root) != simdjson::SUCCESS) return;
  std::vector<simdjson::dom::element> stack = {root};
  while (!stack.empty()) {
    simdjson::dom::element element = stack.back();
    stack.pop_back();
    simdjson::dom::array array;
    if (element.get_array().get(array) == simdjson::SUCCESS) {
      // Reversed so that the first item is looked at first.
      std::vector<simdjson::dom::element> items(array.begin(), array.end());
      stack.insert(stack.end(), items.rbegin(), items.rend());
      continue;
    }
    simdjson::dom::object object;
    if (element.get_object().get(object) != simdjson::SUCCESS) continue;
    std::vector<simdjson::dom::element> children;
    for (auto field : object) {
      std::string_view value;
      if (field.key == "datePublished" &&
          field.value.get_string().get(value) == simdjson::SUCCESS) {
        SetOnce(published, value);
      } else if (field.key == "headline" &&
                 field.value.get_string().get(value) == simdjson::SUCCESS) {
        SetOnce(headline, value);
      } else if (field.key == "author") {
        if (auto name = JsonLdAuthor(field.value)) SetOnce(author, *name);
      } else if (field.value.is_object() || field.value.is_array()) {
        children.push_back(field.value);
      }
    }
    stack.insert(stack.end(), children.rbegin(), children.rend());
  }
}

bool IsPublishedMeta(const std::string& key) {
  return key == "article:published_time" || key == "datepublished" || key == "pubdate" ||
         key == "publishdate" || key == "dc.date.issued" || key == "parsely-pub-date" ||
         key == "og:article:published_time" || key == "article.published";
}

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};

}  // namespace

HtmlMetadata ReadHtmlMetadata(std::string_view html) {
  static std::once_flag init;
  std::call_once(init, [] { xmlInitParser(); });
  HtmlMetadata metadata;
  if (html.empty() || html.size() > static_cast<size_t>(INT_MAX)) return metadata;
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                      HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC;
  std::unique_ptr<xmlDoc, DocFree> doc(
      htmlReadMemory(html.data(), static_cast<int>(html.size()), nullptr, "UTF-8", options));
  if (doc == nullptr) return metadata;

  std::optional<std::string> meta_published, jsonld_published, time_published;
  std::optional<std::string> meta_author, jsonld_author;
  xmlNode* node = xmlDocGetRootElement(doc.get());
  while (node != nullptr) {
    bool descend = true;
    if (node->type == XML_ELEMENT_NODE && node->name != nullptr) {
      const std::string name = Lower(reinterpret_cast<const char*>(node->name));
      if (name == "meta") {
        const auto content = Property(node, "content");
        std::string key;
        for (const char* attribute : {"property", "name", "itemprop"}) {
          if (auto value = Property(node, attribute)) {
            key = Lower(*value);
            if (content && key == "og:title") SetOnce(&metadata.og_title, *content);
            if (content && key == "og:site_name") SetOnce(&metadata.site_name, *content);
            if (content && IsPublishedMeta(key)) SetOnce(&meta_published, *content);
            if (content && (key == "author" || key == "article:author")) {
              // A site's own name or address is not a byline.
              const std::string lower = Lower(*content);
              if (lower.find("http") == std::string::npos &&
                  lower.find(".vn") == std::string::npos &&
                  lower.find(".com") == std::string::npos &&
                  lower.find(".net") == std::string::npos) {
                SetOnce(&meta_author, *content);
              }
            }
          }
        }
        if (auto charset = Property(node, "charset")) SetOnce(&metadata.charset, Lower(*charset));
        const auto equiv = Property(node, "http-equiv");
        if (equiv && content && Lower(*equiv) == "content-type") {
          const std::string type = Lower(*content);
          const size_t at = type.find("charset=");
          if (at != std::string::npos) {
            std::string charset = type.substr(at + 8);
            charset = charset.substr(0, charset.find_first_of("; \"'"));
            SetOnce(&metadata.charset, charset);
          }
        }
      } else if (name == "title") {
        SetOnce(&metadata.title_element, Content(node));
        descend = false;
      } else if (name == "time") {
        if (auto datetime = Property(node, "datetime")) SetOnce(&time_published, *datetime);
      } else if (name == "script") {
        const auto type = Property(node, "type");
        if (type && Lower(*type) == "application/ld+json") {
          ReadJsonLd(Content(node), &jsonld_published, &metadata.jsonld_headline, &jsonld_author);
        }
        descend = false;
      } else if (name == "style" || name == "svg") {
        descend = false;
      }
    }
    if (descend && node->children != nullptr && node->type == XML_ELEMENT_NODE) {
      node = node->children;
      continue;
    }
    while (node != nullptr && node->next == nullptr) {
      node = node->parent;
      if (node != nullptr && node->type != XML_ELEMENT_NODE) node = nullptr;
    }
    if (node != nullptr) node = node->next;
  }
  metadata.published = meta_published     ? meta_published
                       : jsonld_published ? jsonld_published
                                          : time_published;
  metadata.author = meta_author ? meta_author : jsonld_author;
  if (metadata.author && metadata.author->rfind("http", 0) == 0) metadata.author.reset();
  return metadata;
}

}  // namespace vnie
