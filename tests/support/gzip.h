// Gzip data for the tests of compressed inputs (.gz files, .warc.gz archives).
#ifndef VNIE_TESTS_SUPPORT_GZIP_H_
#define VNIE_TESTS_SUPPORT_GZIP_H_

#include <string>

namespace vnie::testing_support {

// `data` as one gzip member, what `gzip -c` writes; members concatenate into
// one valid stream (a .warc.gz has one per record).
std::string GzipMember(const std::string& data);

}  // namespace vnie::testing_support

#endif  // VNIE_TESTS_SUPPORT_GZIP_H_
