// Exact decimal arithmetic for the number readers (see decimal.h for why).
#include "interpret/decimal.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>

namespace vnie {
namespace {

// 10^k for k in [0, 18]; nullopt beyond.
std::optional<int64_t> PowerOfTen(int k) {
  if (k < 0 || k > 18) return std::nullopt;
  int64_t p = 1;
  for (int i = 0; i < k; ++i) p *= 10;
  return p;
}

// mantissa x 10^k, or nullopt on overflow.
std::optional<int64_t> Scale(int64_t mantissa, int k) {
  if (mantissa == 0) return 0;
  std::optional<int64_t> p = PowerOfTen(k);
  if (!p) return std::nullopt;
  int64_t out;
  if (__builtin_mul_overflow(mantissa, *p, &out)) return std::nullopt;
  return out;
}

}  // namespace

Decimal Decimal::FromParts(int64_t mantissa, int exponent) {
  if (mantissa == 0) return Decimal();
  while (exponent < 0 && mantissa % 10 == 0) {
    mantissa /= 10;
    ++exponent;
  }
  // Large integers are kept as mantissa x 10^k only when k > 0 was asked for; a
  // positive exponent is folded into the mantissa where it fits so equal values
  // compare equal.
  while (exponent > 0) {
    int64_t next;
    if (__builtin_mul_overflow(mantissa, int64_t{10}, &next)) break;
    mantissa = next;
    --exponent;
  }
  return Decimal(mantissa, exponent);
}

std::optional<Decimal> Decimal::FromDigits(std::string_view int_digits,
                                           std::string_view frac_digits) {
  if (int_digits.empty() && frac_digits.empty()) return std::nullopt;
  int64_t mantissa = 0;
  int significant = 0;
  for (std::string_view part : {int_digits, frac_digits}) {
    for (char c : part) {
      if (c < '0' || c > '9') return std::nullopt;
      if (mantissa != 0 || c != '0') ++significant;
      if (significant > 18) return std::nullopt;
      mantissa = mantissa * 10 + (c - '0');
    }
  }
  return FromParts(mantissa, -static_cast<int>(frac_digits.size()));
}

std::optional<Decimal> Decimal::Plus(const Decimal& other) const {
  int e = std::min(exponent_, other.exponent_);
  std::optional<int64_t> a = Scale(mantissa_, exponent_ - e);
  std::optional<int64_t> b = Scale(other.mantissa_, other.exponent_ - e);
  if (!a || !b) return std::nullopt;
  int64_t sum;
  if (__builtin_add_overflow(*a, *b, &sum)) return std::nullopt;
  return FromParts(sum, e);
}

std::optional<Decimal> Decimal::Times(const Decimal& other) const {
  int64_t product;
  if (__builtin_mul_overflow(mantissa_, other.mantissa_, &product)) return std::nullopt;
  return FromParts(product, exponent_ + other.exponent_);
}

std::optional<int64_t> Decimal::ToInt() const {
  if (exponent_ < 0) return std::nullopt;
  return Scale(mantissa_, exponent_);
}

double Decimal::ToDouble() const {
  std::string text = ToString();
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

std::string Decimal::ToString() const {
  std::string digits = std::to_string(mantissa_ < 0 ? -(mantissa_ + 1) + uint64_t{1}
                                                    : static_cast<uint64_t>(mantissa_));
  std::string out = mantissa_ < 0 ? "-" : "";
  if (exponent_ >= 0) {
    out += digits;
    if (mantissa_ != 0) out.append(static_cast<size_t>(exponent_), '0');
    return out;
  }
  size_t frac = static_cast<size_t>(-exponent_);
  if (digits.size() <= frac) digits.insert(0, frac - digits.size() + 1, '0');
  out += digits.substr(0, digits.size() - frac);
  out += '.';
  out += digits.substr(digits.size() - frac);
  return out;
}

bool operator<(const Decimal& a, const Decimal& b) {
  int e = std::min(a.exponent_, b.exponent_);
  std::optional<int64_t> x = Scale(a.mantissa_, a.exponent_ - e);
  std::optional<int64_t> y = Scale(b.mantissa_, b.exponent_ - e);
  if (x && y) return *x < *y;
  return a.ToDouble() < b.ToDouble();
}

}  // namespace vnie
