// Record by record: version line, headers, Content-Length bytes of block, then
// the CRLF CRLF trailer; anything else sends the reader looking for the next
// line that starts with "WARC/1.".
#include "input/warc_reader.h"

#include <zlib.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string_view>
#include <utility>

#include "input/gzip_stream.h"

namespace vnie {
namespace {

constexpr size_t kChunkBytes = size_t{64} << 10;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

// Parses "Name: value" lines (continuation lines folded in) from `lines`,
// lower-casing names. False when a line is not a header.
bool ParseHeaderLine(std::string_view line, std::map<std::string, std::string>* headers,
                     std::string* last_name) {
  if (!line.empty() && (line[0] == ' ' || line[0] == '\t') && !last_name->empty()) {
    std::string& value = (*headers)[*last_name];
    value.push_back(' ');
    value.append(Trim(line));
    return true;
  }
  const size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  *last_name = Lower(Trim(line.substr(0, colon)));
  // The first of repeated headers wins.
  headers->emplace(*last_name, std::string(Trim(line.substr(colon + 1))));
  return true;
}

std::optional<size_t> ParseLength(std::string_view text) {
  if (text.empty() || text.size() > 18) return std::nullopt;
  size_t value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<size_t>(c - '0');
  }
  return value;
}

// Undoes Transfer-Encoding: chunked. False when the chunks are malformed.
bool Dechunk(std::string_view body, std::string* out) {
  out->clear();
  size_t pos = 0;
  for (;;) {
    const size_t line_end = body.find('\n', pos);
    if (line_end == std::string_view::npos) return false;
    std::string_view size_text = Trim(body.substr(pos, line_end - pos));
    size_text = size_text.substr(0, size_text.find(';'));  // chunk extensions
    if (size_text.empty() || size_text.size() > 15) return false;
    size_t size = 0;
    for (char c : size_text) {
      const int digit = (c >= '0' && c <= '9')   ? c - '0'
                        : (c >= 'a' && c <= 'f') ? c - 'a' + 10
                        : (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                                 : -1;
      if (digit < 0) return false;
      size = size * 16 + static_cast<size_t>(digit);
    }
    pos = line_end + 1;
    if (size == 0) return true;  // trailers, if any, are not needed
    if (size > body.size() - pos) return false;
    out->append(body.substr(pos, size));
    pos += size;
    if (pos < body.size() && body[pos] == '\r') ++pos;
    if (pos < body.size() && body[pos] == '\n') ++pos;
  }
}

// Undoes Content-Encoding gzip / deflate (zlib or raw), up to max_bytes.
bool Inflate(std::string_view body, size_t max_bytes, std::string* out) {
  for (int window_bits : {32 + MAX_WBITS, -MAX_WBITS}) {
    out->clear();
    z_stream zlib{};
    if (inflateInit2(&zlib, window_bits) != Z_OK) return false;
    zlib.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(body.data()));
    zlib.avail_in = static_cast<uInt>(body.size());
    char buffer[kChunkBytes / 4];
    int status = Z_OK;
    while (status == Z_OK && out->size() <= max_bytes) {
      zlib.next_out = reinterpret_cast<Bytef*>(buffer);
      zlib.avail_out = sizeof(buffer);
      status = inflate(&zlib, Z_NO_FLUSH);
      out->append(buffer, sizeof(buffer) - zlib.avail_out);
      if (status == Z_BUF_ERROR && zlib.avail_in == 0) break;
    }
    inflateEnd(&zlib);
    if (status == Z_STREAM_END && out->size() <= max_bytes) return true;
  }
  return false;
}

class WarcReader : public DocumentReader {
 public:
  WarcReader(std::unique_ptr<std::istream> in, std::string source, const WarcOptions& options)
      : source_(std::move(source)), options_(options) {
    // 0x1f never starts a WARC record ("WARC/1."), so one byte tells.
    if (in->peek() == 0x1f) {
      gzip_ = std::make_unique<GzipStreambuf>(std::move(in));
      stream_ = std::make_unique<std::istream>(gzip_.get());
    } else {
      stream_ = std::move(in);
    }
    buffer_ = stream_->rdbuf();
  }

  bool Next(InputItem* item) override {
    while (!done_) {
      switch (ReadRecord(item)) {
        case Outcome::kItem:
          yielded_ = true;
          return true;
        case Outcome::kSkipped:
          break;
        case Outcome::kEnd:
          done_ = true;
          break;
      }
    }
    if (!yielded_) {
      yielded_ = true;
      *item = Error(source_, "no-documents",
                    source_ + ": no HTML or text response records in the archive");
      return true;
    }
    return false;
  }

 private:
  enum class Outcome { kItem, kSkipped, kEnd };

  static InputItem Error(std::string source, const char* code, std::string message) {
    InputItem item;
    item.document.source = std::move(source);
    item.error_code = code;
    item.error_message = std::move(message);
    return item;
  }

  std::string At(size_t offset) const {
    return source_ + ":" + std::to_string(offset) + (gzip_ ? " (uncompressed)" : "");
  }

  // Reads a line without its "\r\n"; longer lines are cut at `cap` and flagged.
  bool ReadLine(std::string* line, bool* too_long) {
    line->clear();
    *too_long = false;
    if (buffer_ == nullptr) return false;
    bool any = false;
    for (;;) {
      const int c = buffer_->sbumpc();
      if (c == std::char_traits<char>::eof()) break;
      ++offset_;
      any = true;
      if (c == '\n') break;
      if (line->size() < options_.max_header_bytes) {
        line->push_back(static_cast<char>(c));
      } else {
        *too_long = true;
      }
    }
    if (!line->empty() && line->back() == '\r') line->pop_back();
    return any;
  }

  // Reads up to n bytes into *out (appending), or discards them when out is
  // null; returns how many there were.
  size_t Read(size_t n, std::string* out) {
    size_t done = 0;
    char chunk[kChunkBytes / 4];
    while (done < n && buffer_ != nullptr) {
      const size_t want = std::min(n - done, sizeof(chunk));
      const std::streamsize got = buffer_->sgetn(chunk, static_cast<std::streamsize>(want));
      if (got <= 0) break;
      if (out != nullptr) out->append(chunk, static_cast<size_t>(got));
      done += static_cast<size_t>(got);
      offset_ += static_cast<size_t>(got);
    }
    return done;
  }

  // Consumes the "\r\n\r\n" after a block, byte by byte, stopping at the first
  // byte that does not fit (left for the resynchronizing line reader).
  bool ReadTrailer() {
    static constexpr char kTrailer[] = "\r\n\r\n";
    for (int i = 0; i < 4; ++i) {
      const int c = buffer_->sgetc();
      if (c != kTrailer[i]) return false;
      buffer_->sbumpc();
      ++offset_;
    }
    return true;
  }

  // The end of the archive: clean, or cut short inside gzip.
  Outcome End(InputItem* item) {
    if (gzip_ != nullptr && !gzip_->error().empty() && !gzip_error_reported_) {
      gzip_error_reported_ = true;
      *item = Error(source_, "truncated", source_ + ": " + gzip_->error());
      return Outcome::kItem;
    }
    return Outcome::kEnd;
  }

  Outcome Truncated(InputItem* item, const std::string& source, size_t record_offset,
                    const std::string& what) {
    std::string message = At(record_offset) + ": record cut short in its " + what;
    if (gzip_ != nullptr && !gzip_->error().empty()) {
      message += " (" + gzip_->error() + ")";
      gzip_error_reported_ = true;
    }
    *item = Error(source, "truncated", std::move(message));
    done_ = true;
    return Outcome::kItem;
  }

  Outcome ReadRecord(InputItem* item) {
    std::string line;
    bool too_long = false;
    size_t record_offset = offset_;
    // The version line, after the blank lines between records.
    for (;;) {
      record_offset = offset_;
      if (!ReadLine(&line, &too_long)) return End(item);
      if (line.empty() && !too_long) continue;
      if (!too_long && line.rfind("WARC/1.", 0) == 0) break;
      if (resync_) continue;
      resync_ = true;
      *item = Error(At(record_offset), "bad-warc",
                    At(record_offset) + ": expected a \"WARC/1.x\" line, found \"" +
                        line.substr(0, 40) + "\"");
      return Outcome::kItem;
    }
    resync_ = false;

    std::map<std::string, std::string> headers;
    std::string last_name;
    size_t header_bytes = 0;
    for (;;) {
      if (!ReadLine(&line, &too_long)) {
        return Truncated(item, At(record_offset), record_offset, "WARC headers");
      }
      if (line.empty()) break;
      header_bytes += line.size();
      if (too_long || header_bytes > options_.max_header_bytes ||
          !ParseHeaderLine(line, &headers, &last_name)) {
        resync_ = true;
        *item = Error(At(record_offset), "bad-warc",
                      At(record_offset) + ": bad WARC header line \"" + line.substr(0, 40) + "\"");
        return Outcome::kItem;
      }
    }
    const std::string type = Lower(headers["warc-type"]);
    const std::string uri = headers["warc-target-uri"];
    const std::string record_id = headers["warc-record-id"];
    const std::string name = uri.empty()         ? At(record_offset)
                             : record_id.empty() ? uri
                                                 : uri + " " + record_id;
    const std::optional<size_t> length = ParseLength(headers["content-length"]);
    if (!length) {
      resync_ = true;
      *item = Error(name, "bad-warc",
                    At(record_offset) + ": missing or invalid Content-Length \"" +
                        headers["content-length"] + "\"");
      return Outcome::kItem;
    }

    std::string block;
    const bool too_large = *length > options_.max_record_bytes;
    const size_t got = Read(*length, too_large ? nullptr : &block);
    if (got < *length) return Truncated(item, name, record_offset, "block");
    if (!ReadTrailer()) {
      resync_ = true;
      *item = Error(name, "bad-warc",
                    At(record_offset) + ": the block does not end after Content-Length " +
                        std::to_string(*length) + " bytes (no blank line follows)");
      return Outcome::kItem;
    }
    if (type != "response") return Outcome::kSkipped;
    if (too_large) {
      *item =
          Error(name, "too-large",
                At(record_offset) + ": record block of " + std::to_string(*length) +
                    " bytes exceeds max_record_bytes " + std::to_string(options_.max_record_bytes));
      return Outcome::kItem;
    }
    return ReadHttpResponse(block, name, uri, record_offset, item);
  }

  Outcome ReadHttpResponse(std::string& block, const std::string& name, const std::string& uri,
                           size_t record_offset, InputItem* item) {
    if (block.rfind("HTTP/", 0) != 0) return Outcome::kSkipped;  // dns:, ftp: ...
    size_t header_end = block.find("\r\n\r\n");
    size_t body_begin = header_end == std::string::npos ? std::string::npos : header_end + 4;
    if (header_end == std::string::npos) {
      header_end = block.find("\n\n");
      body_begin = header_end == std::string::npos ? std::string::npos : header_end + 2;
    }
    if (header_end == std::string::npos) header_end = body_begin = block.size();
    const std::string_view head = std::string_view(block).substr(0, header_end);
    // Status line: "HTTP/1.1 200 OK".
    const size_t first_end = std::min(head.find('\n'), head.size());
    const std::string_view status_line = head.substr(0, first_end);
    const size_t space = status_line.find(' ');
    const int status = space == std::string_view::npos
                           ? 0
                           : std::atoi(std::string(status_line.substr(space + 1, 3)).c_str());
    if (status < 200 || status >= 300) return Outcome::kSkipped;
    std::map<std::string, std::string> headers;
    std::string last_name;
    size_t pos = first_end + 1;
    while (pos < head.size()) {
      const size_t end = std::min(head.find('\n', pos), head.size());
      ParseHeaderLine(Trim(head.substr(pos, end - pos)), &headers, &last_name);
      pos = end + 1;
    }
    const std::string content_type = Lower(headers["content-type"]);
    std::string format;
    if (content_type.find("text/html") != std::string::npos ||
        content_type.find("application/xhtml") != std::string::npos) {
      format = "html";
    } else if (content_type.find("text/plain") != std::string::npos) {
      format = "text";
    } else {
      return Outcome::kSkipped;
    }
    std::string body = block.substr(std::min(body_begin, block.size()));
    block.clear();
    if (Lower(headers["transfer-encoding"]).find("chunked") != std::string::npos) {
      std::string dechunked;
      if (!Dechunk(body, &dechunked)) {
        *item = Error(name, "bad-warc", At(record_offset) + ": malformed chunked HTTP body");
        return Outcome::kItem;
      }
      body = std::move(dechunked);
    }
    const std::string encoding = Lower(headers["content-encoding"]);
    if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
      std::string inflated;
      if (!Inflate(body, options_.max_record_bytes, &inflated)) {
        *item = Error(name, "bad-warc",
                      At(record_offset) + ": cannot undo Content-Encoding " + encoding);
        return Outcome::kItem;
      }
      body = std::move(inflated);
    }
    *item = InputItem();
    item->document.source = name;
    item->document.bytes = std::move(body);
    item->document.format = format;
    if (!uri.empty()) item->document.url = uri;
    const size_t charset_at = content_type.find("charset=");
    if (charset_at != std::string::npos) {
      std::string charset = content_type.substr(charset_at + 8);
      charset = charset.substr(0, charset.find_first_of("; \""));
      if (!charset.empty() && charset[0] == '\'') charset.erase(0, 1);
      item->document.charset = charset;
    }
    return Outcome::kItem;
  }

  std::string source_;
  WarcOptions options_;
  std::unique_ptr<GzipStreambuf> gzip_;
  std::unique_ptr<std::istream> stream_;
  std::streambuf* buffer_ = nullptr;
  size_t offset_ = 0;  // bytes read from the (uncompressed) stream
  bool resync_ = false;
  bool done_ = false;
  bool yielded_ = false;
  bool gzip_error_reported_ = false;
};

}  // namespace

std::unique_ptr<DocumentReader> NewWarcReader(std::unique_ptr<std::istream> in, std::string source,
                                              const WarcOptions& options) {
  return std::make_unique<WarcReader>(std::move(in), std::move(source), options);
}

}  // namespace vnie
