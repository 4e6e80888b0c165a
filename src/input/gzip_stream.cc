// Inflate with windowBits 16 + MAX_WBITS (gzip framing only), reset at each
// Z_STREAM_END while input remains.
#include "input/gzip_stream.h"

#include <string_view>

namespace vnie {
namespace {
constexpr size_t kBufferBytes = size_t{64} << 10;
}  // namespace

bool LooksGzipped(std::string_view head) {
  return head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
         static_cast<unsigned char>(head[1]) == 0x8b;
}

GzipStreambuf::GzipStreambuf(std::unique_ptr<std::istream> compressed)
    : compressed_(std::move(compressed)), in_(kBufferBytes), out_(kBufferBytes) {
  if (inflateInit2(&zlib_, 16 + MAX_WBITS) != Z_OK) {
    error_ = "cannot start zlib";
    done_ = true;
    return;
  }
  zlib_ready_ = true;
  setg(out_.data(), out_.data(), out_.data());
}

GzipStreambuf::~GzipStreambuf() {
  if (zlib_ready_) inflateEnd(&zlib_);
}

GzipStreambuf::int_type GzipStreambuf::underflow() {
  if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
  while (!done_) {
    if (zlib_.avail_in == 0) {
      compressed_->read(in_.data(), static_cast<std::streamsize>(in_.size()));
      const size_t got = static_cast<size_t>(compressed_->gcount());
      if (got == 0) {
        if (member_open_) {
          error_ = "truncated gzip member at compressed byte " + std::to_string(compressed_offset_);
        }
        done_ = true;
        break;
      }
      zlib_.next_in = reinterpret_cast<Bytef*>(in_.data());
      zlib_.avail_in = static_cast<uInt>(got);
    }
    const uInt before_in = zlib_.avail_in;
    zlib_.next_out = reinterpret_cast<Bytef*>(out_.data());
    zlib_.avail_out = static_cast<uInt>(out_.size());
    member_open_ = true;
    const int status = inflate(&zlib_, Z_NO_FLUSH);
    compressed_offset_ += before_in - zlib_.avail_in;
    const size_t produced = out_.size() - zlib_.avail_out;
    if (status == Z_STREAM_END) {
      member_open_ = false;
      inflateReset(&zlib_);
    } else if (status != Z_OK && status != Z_BUF_ERROR) {
      error_ = "corrupt gzip data at compressed byte " + std::to_string(compressed_offset_) +
               (zlib_.msg != nullptr ? std::string(": ") + zlib_.msg : std::string());
      done_ = true;
    }
    if (produced > 0) {
      setg(out_.data(), out_.data(), out_.data() + produced);
      return traits_type::to_int_type(*gptr());
    }
  }
  return traits_type::eof();
}

GunzipStream::GunzipStream(std::unique_ptr<std::istream> compressed)
    : std::istream(nullptr), buffer_(std::move(compressed)) {
  rdbuf(&buffer_);
}

}  // namespace vnie
