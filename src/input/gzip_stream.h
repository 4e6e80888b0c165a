// GzipStreambuf: the decompressed bytes of a gzip stream, member after member.
//
// A .warc.gz is a concatenation of gzip members, usually one per record, so
// that a record can be found by its compressed offset. zlib's inflate stops at
// the end of each member; this buffer restarts it on the next one and reads the
// whole file as one byte stream, a fixed-size buffer at a time. Damage (a
// truncated member, corrupt data) ends the stream early and is reported by
// error(), so the reader can say why the archive ended.
#ifndef VNIE_INPUT_GZIP_STREAM_H_
#define VNIE_INPUT_GZIP_STREAM_H_

#include <zlib.h>

#include <istream>
#include <memory>
#include <streambuf>
#include <string>
#include <vector>

namespace vnie {

class GzipStreambuf : public std::streambuf {
 public:
  explicit GzipStreambuf(std::unique_ptr<std::istream> compressed);
  ~GzipStreambuf() override;
  GzipStreambuf(const GzipStreambuf&) = delete;
  GzipStreambuf& operator=(const GzipStreambuf&) = delete;

  // Empty while the stream is sound; else why it ended early, with the
  // compressed byte offset.
  const std::string& error() const { return error_; }

 protected:
  int_type underflow() override;

 private:
  std::unique_ptr<std::istream> compressed_;
  z_stream zlib_{};
  bool zlib_ready_ = false;
  bool member_open_ = false;  // inside a member: its end has not been seen
  bool done_ = false;
  size_t compressed_offset_ = 0;  // bytes handed to zlib so far
  std::vector<char> in_;
  std::vector<char> out_;
  std::string error_;
};

// An istream over the decompressed bytes of `compressed`, owning both. For a
// gzipped .txt, .html or .jsonl: read it like the plain file, then ask error()
// whether it ended because the data did.
class GunzipStream : public std::istream {
 public:
  explicit GunzipStream(std::unique_ptr<std::istream> compressed);
  const std::string& error() const { return buffer_.error(); }

 private:
  GzipStreambuf buffer_;
};

// True when `head` starts with the gzip magic bytes.
bool LooksGzipped(std::string_view head);

}  // namespace vnie

#endif  // VNIE_INPUT_GZIP_STREAM_H_
