// The Python module `vnie`: the C++ Extractor behind a Python class, so that
// data teams can drive extraction from their own scripts, thread pools and Dask
// clusters and still get exactly the records the `vnie` CLI writes.
//
//   import vnie
//   extractor = vnie.Extractor()                  # shipped patterns/, old tone style
//   record = extractor.extract(text, source="a.txt")
//   record["figures"][0]["value"]
//
// A record reaches Python by the CLI's own road: the Record is serialized by
// JsonWriter (output/json_writer.h) and parsed by Python's json module. That
// costs a parse per document, but it makes "the module's record is the CLI's
// record" true by construction instead of by a second, field-by-field
// conversion that would have to be kept in step with the contract.
//
// Extraction and serialization run with the GIL released: an Extractor is
// immutable and Extract() is const, so one Extractor serves a whole thread pool.
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>

#include "output/json_writer.h"
#include "text/normalizer.h"
#include "vnie/extractor.h"

namespace py = pybind11;

namespace vnie {
namespace {

// Thrown when the patterns cannot be loaded; Python sees vnie.PatternError, a
// ValueError whose message names the file and line, as the CLI prints it.
class PatternError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

ToneStyle ParseToneStyle(const std::string& name) {
  if (name == "old") return ToneStyle::kOld;
  if (name == "new") return ToneStyle::kNew;
  throw py::value_error("tone_style must be \"old\" or \"new\", not \"" + name + "\"");
}

const char* ToneStyleName(ToneStyle style) { return style == ToneStyle::kNew ? "new" : "old"; }

// What Python sees as vnie.Extractor. The constructor arguments are kept so that
// an Extractor pickles as "how to build one": a Dask worker that unpickles it
// loads the patterns itself instead of receiving compiled RE2 programs.
class PyExtractor {
 public:
  PyExtractor(std::optional<std::string> patterns, const std::string& tone_style,
              std::optional<std::string> encoding, std::optional<size_t> max_document_bytes)
      : patterns_arg_(std::move(patterns)),
        encoding_arg_(std::move(encoding)),
        max_document_bytes_arg_(max_document_bytes) {
    ExtractorOptions options;
    options.patterns_dir = patterns_arg_.value_or("");
    options.tone_style = ParseToneStyle(tone_style);
    options.encoding = encoding_arg_.value_or("");
    if (max_document_bytes_arg_) options.max_document_bytes = *max_document_bytes_arg_;
    StatusOr<std::unique_ptr<Extractor>> extractor;
    {
      py::gil_scoped_release release;  // loading compiles every rule: let other threads run
      extractor = Extractor::Create(options);
    }
    if (!extractor.ok()) throw PatternError(std::string(extractor.status().message()));
    extractor_ = *std::move(extractor);
    normalizer_ = std::make_unique<Normalizer>(NormalizerOptions{options.tone_style, true});
    json_loads_ = py::module_::import("json").attr("loads");
  }

  // str and bytes are kept apart on purpose: a str is text (already decoded, so
  // its UTF-8 form is what spans index), bytes are a file to decode.
  py::object ExtractText(const py::str& text, std::string source, std::string format,
                         std::optional<std::string> url, std::optional<std::string> title,
                         std::optional<std::string> published) const {
    if (encoding_arg_ && *encoding_arg_ != "utf-8") {
      // Its UTF-8 bytes would be read as the forced encoding: mojibake, silently.
      throw py::value_error("extract() takes decoded text; this Extractor forces encoding \"" +
                            *encoding_arg_ + "\", which applies to extract_bytes() only");
    }
    return Extract(text.cast<std::string>(), std::move(source), std::move(format), std::move(url),
                   std::move(title), std::move(published));
  }

  py::object ExtractBytes(const py::bytes& data, std::string source, std::string format,
                          std::optional<std::string> url, std::optional<std::string> title,
                          std::optional<std::string> published) const {
    return Extract(data.cast<std::string>(), std::move(source), std::move(format), std::move(url),
                   std::move(title), std::move(published));
  }

  std::string Normalize(const py::str& text) const {
    std::string bytes = text.cast<std::string>();
    py::gil_scoped_release release;
    return normalizer_->Normalize(bytes).text;
  }

  const std::string& patterns() const { return extractor_->options().patterns_dir; }
  const char* tone_style() const { return ToneStyleName(extractor_->options().tone_style); }

  py::tuple GetState() const {
    return py::make_tuple(patterns_arg_, tone_style(), encoding_arg_, max_document_bytes_arg_);
  }

  std::string Repr() const {
    return "vnie.Extractor(patterns=" + py::repr(py::str(patterns())).cast<std::string>() +
           ", tone_style=\"" + tone_style() + "\")";
  }

 private:
  py::object Extract(std::string bytes, std::string source, std::string format,
                     std::optional<std::string> url, std::optional<std::string> title,
                     std::optional<std::string> published) const {
    Document document(std::move(source), std::move(bytes));
    document.format = std::move(format);
    document.url = std::move(url);
    document.title = std::move(title);
    document.published = std::move(published);
    std::string json;
    {
      py::gil_scoped_release release;
      json = RecordToJson(extractor_->Extract(document));
    }
    return json_loads_(py::str(json));
  }

  std::optional<std::string> patterns_arg_;
  std::optional<std::string> encoding_arg_;
  std::optional<size_t> max_document_bytes_arg_;
  std::unique_ptr<const Extractor> extractor_;
  std::unique_ptr<const Normalizer> normalizer_;
  py::object json_loads_;
};

}  // namespace
}  // namespace vnie

PYBIND11_MODULE(vnie, m) {
  using vnie::PyExtractor;
  m.doc() =
      "vnie: structured facts from Vietnamese news (party cells, figures, people, places,\n"
      "dates), as the records of the vnie/1 output contract.";
  m.attr("__version__") = vnie::Version();
  py::register_exception<vnie::PatternError>(m, "PatternError", PyExc_ValueError);
  m.def("default_patterns_dir", &vnie::DefaultPatternsDir,
        "The patterns/ folder used when Extractor(patterns=None): $VNIE_PATTERNS, else the\n"
        "installed share/vnie/patterns, else the source tree the module was built from.");

  m.def(
      "error_record",
      [](std::string source, std::string code, std::string message) {
        vnie::Record record;
        record.source = std::move(source);
        record.error = vnie::RecordError{std::move(code), std::move(message)};
        return py::module_::import("json").attr("loads")(py::str(vnie::RecordToJson(record)));
      },
      py::arg("source"), py::arg("code"), py::arg("message"),
      "The record for a document that never reached the extractor (a file that cannot be\n"
      "read, a JSONL line that is not JSON): status \"error\", every other field empty, as\n"
      "the CLI writes it.");

  py::class_<PyExtractor>(m, "Extractor",
                          "Extracts vnie/1 records. Immutable once built; extract() releases\n"
                          "the GIL, so one Extractor can serve many threads.")
      .def(py::init<std::optional<std::string>, const std::string&, std::optional<std::string>,
                    std::optional<size_t>>(),
           py::arg("patterns") = py::none(), py::arg("tone_style") = "old", py::kw_only(),
           py::arg("encoding") = py::none(), py::arg("max_document_bytes") = py::none(),
           "Loads the rules from `patterns` (a folder; None: default_patterns_dir()).\n"
           "tone_style is \"old\" (hòa, thủy) or \"new\" (hoà, thuỷ). encoding forces the\n"
           "encoding extract_bytes reads (None: detect); extract() then refuses str. Raises "
           "vnie.PatternError\n"
           "(a ValueError) naming file:line when a pattern file is broken.")
      .def("extract", &PyExtractor::ExtractText, py::arg("text"), py::arg("source") = "-",
           py::kw_only(), py::arg("format") = "auto", py::arg("url") = py::none(),
           py::arg("title") = py::none(), py::arg("published") = py::none(),
           "The record (a dict, the vnie/1 output contract) for one article given as str.\n"
           "Spans are byte offsets into text.encode('utf-8'). A document that cannot be\n"
           "processed gives a record with status \"error\", as the CLI does; it never raises.")
      .def("extract_bytes", &PyExtractor::ExtractBytes, py::arg("data"), py::arg("source") = "-",
           py::kw_only(), py::arg("format") = "auto", py::arg("url") = py::none(),
           py::arg("title") = py::none(), py::arg("published") = py::none(),
           "Like extract(), for the raw bytes of a file: the encoding is detected (or forced\n"
           "by Extractor(encoding=...)) exactly as `vnie extract FILE` does.")
      .def("normalize", &PyExtractor::Normalize, py::arg("text"),
           "The text the rules see: NFC, one tone-mark placement, look-alike letters,\n"
           "spaces and dashes folded (as `vnie normalize`).")
      .def_property_readonly("patterns", &PyExtractor::patterns, "The patterns/ folder in use.")
      .def_property_readonly("tone_style", &PyExtractor::tone_style)
      .def("__repr__", &PyExtractor::Repr)
      .def(py::pickle([](const PyExtractor& extractor) { return extractor.GetState(); },
                      [](const py::tuple& state) {
                        if (state.size() != 4)
                          throw std::runtime_error("bad vnie.Extractor pickle state");
                        return PyExtractor(state[0].cast<std::optional<std::string>>(),
                                           state[1].cast<std::string>(),
                                           state[2].cast<std::optional<std::string>>(),
                                           state[3].cast<std::optional<size_t>>());
                      }));
}
