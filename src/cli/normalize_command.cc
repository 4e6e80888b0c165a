// vnie normalize: the text the rules see, or (--offsets) where each normalized
// word came from in the document.
#include <iostream>

#include "cli/commands.h"
#include "input/document_reader.h"
#include "output/json_string.h"
#include "cli/options.h"
#include "text/decoder.h"
#include "text/normalizer.h"

namespace vnie {
namespace {

void WriteOffsets(const std::string& source, const NormalizedText& normalized) {
  const std::string& text = normalized.text;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t') {
      ++i;
      continue;
    }
    size_t end = i;
    while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\r' &&
           text[end] != '\t') {
      ++end;
    }
    ByteSpan original = normalized.map.ToOriginal({i, end});
    std::cout << "{\"source\":" << JsonQuote(source) << ",\"text\":" << JsonQuote(text.substr(i, end - i))
              << ",\"normalized\":[" << i << "," << end << "],\"original\":[" << original.begin
              << "," << original.end << "]}\n";
    i = end;
  }
}

}  // namespace

int RunNormalize(const NormalizeFlags& flags) {
  NormalizerOptions options;
  options.tone_style = ToneStyleFromFlag(flags.common.tone_style);
  Normalizer normalizer(options);
  int status = kExitOk;
  InputOptions input_options;
  input_options.input_format = "text";  // the bytes as they are, HTML included
  auto reader = OpenInputs(flags.paths, input_options);
  if (!reader.ok()) {
    std::cerr << "vnie: " << reader.status().message() << "\n";
    return kExitUsage;
  }
  InputItem item;
  while ((*reader)->Next(&item)) {
    const std::string& path = item.document.source;
    if (!item.ok()) {
      std::cerr << "vnie: " << item.error_message.value_or(path) << "\n";
      return kExitUsage;
    }
    auto decoded = Decode(item.document.bytes);
    if (!decoded.ok()) {
      std::cerr << "vnie: " << path << ": " << decoded.status().message() << "\n";
      status = kExitDocumentErrors;
      continue;
    }
    for (const std::string& warning : decoded->warnings) {
      std::cerr << "vnie: " << path << ": " << warning << "\n";
    }
    NormalizedText normalized = normalizer.Normalize(decoded->text);
    if (flags.offsets) {
      WriteOffsets(path, normalized);
    } else {
      std::cout << normalized.text;
      if (!normalized.text.empty() && normalized.text.back() != '\n') std::cout << '\n';
    }
  }
  return status;
}

}  // namespace vnie
