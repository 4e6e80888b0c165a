#include "support/gzip.h"

#include <zlib.h>

#include <cstdlib>

namespace vnie::testing_support {

std::string GzipMember(const std::string& data) {
  z_stream zlib{};
  // windowBits 16 + MAX_WBITS: the gzip header and trailer, not zlib's.
  if (deflateInit2(&zlib, Z_BEST_SPEED, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
    std::abort();  // only out of memory: nothing a test could go on with
  }
  std::string out(deflateBound(&zlib, static_cast<uLong>(data.size())) + 64, '\0');
  zlib.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zlib.avail_in = static_cast<uInt>(data.size());
  zlib.next_out = reinterpret_cast<Bytef*>(out.data());
  zlib.avail_out = static_cast<uInt>(out.size());
  const int status = deflate(&zlib, Z_FINISH);
  out.resize(zlib.total_out);
  deflateEnd(&zlib);
  if (status != Z_STREAM_END) std::abort();  // the buffer is deflateBound: cannot happen
  return out;
}

}  // namespace vnie::testing_support
