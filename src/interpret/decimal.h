// An exact decimal number: an integer mantissa times a power of ten.
//
// Why not double: the readers multiply by scale words and add groups
// ("1,2 triệu" = 1.2 x 1 000 000), and in binary 1.2 x 1e6 is 1199999.9999999998.
// Keeping mantissa and exponent makes every value the press can write exact,
// and ToString() gives the canonical figure ("74.59", "1200000") with no
// rounding step. ToDouble() is correctly rounded, for the record's numeric fields.
//
//   Decimal::FromDigits("74", "59")->ToString()  == "74.59"
//   Decimal::FromInt(12).Times(Decimal::FromInt(100000)) -> 1200000
#ifndef VNIE_INTERPRET_DECIMAL_H_
#define VNIE_INTERPRET_DECIMAL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace vnie {

class Decimal {
 public:
  Decimal() = default;  // zero
  static Decimal FromInt(int64_t value) { return Decimal(value, 0); }
  // mantissa x 10^exponent. Kept normalized: no trailing zeros after the point.
  static Decimal FromParts(int64_t mantissa, int exponent);
  // The number whose integer digits are `int_digits` and fractional digits
  // `frac_digits` (both ASCII digits only, either may be empty but not both).
  // nullopt when a digit is not ASCII or the value exceeds 18 significant digits.
  static std::optional<Decimal> FromDigits(std::string_view int_digits,
                                           std::string_view frac_digits);

  // Exact arithmetic; nullopt on int64 overflow.
  std::optional<Decimal> Plus(const Decimal& other) const;
  std::optional<Decimal> Times(const Decimal& other) const;
  Decimal Negated() const { return Decimal(-mantissa_, exponent_); }

  bool IsZero() const { return mantissa_ == 0; }
  bool IsNegative() const { return mantissa_ < 0; }
  bool IsInteger() const { return exponent_ >= 0; }
  // The value as int64 when it is an integer that fits.
  std::optional<int64_t> ToInt() const;
  double ToDouble() const;
  // Canonical form: "-" when negative, no thousands separators, "." as the decimal
  // point, no trailing zeros: 1889 -> "1889", 74.60 -> "74.6", 0.77 -> "0.77".
  std::string ToString() const;

  int64_t mantissa() const { return mantissa_; }
  int exponent() const { return exponent_; }

  friend bool operator==(const Decimal& a, const Decimal& b) {
    return a.mantissa_ == b.mantissa_ && a.exponent_ == b.exponent_;
  }
  // Numeric order; values too far apart to align compare through double.
  friend bool operator<(const Decimal& a, const Decimal& b);

 private:
  Decimal(int64_t mantissa, int exponent) : mantissa_(mantissa), exponent_(exponent) {}
  int64_t mantissa_ = 0;
  int exponent_ = 0;
};

}  // namespace vnie

#endif  // VNIE_INTERPRET_DECIMAL_H_
