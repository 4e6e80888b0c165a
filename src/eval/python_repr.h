// Python's printed forms of strings and floats, and its round(x, 2).
//
// score.py's report lists misses with f-strings such as f"{kind} {v}" (a float
// repr: "859.0", "74.6") and f"want {title!r}" (a quoted str repr). To print
// the same report byte for byte, and to bucket figure values exactly as
// round(float(v), 2) does, we reproduce those three Python behaviours here.
#ifndef VNIE_EVAL_PYTHON_REPR_H_
#define VNIE_EVAL_PYTHON_REPR_H_

#include <optional>
#include <string>
#include <string_view>

namespace vnie {

// repr(str): single quotes unless the text holds ' and no ", backslash and the
// quote escaped, \t \n \r, other unprintable characters as \xhh, \uhhhh or
// \Uhhhhhhhh (unprintable: categories Cc Cf Cs Co Cn Zl Zp Zs except space).
// Python 3.11 knows Unicode 14 and utf8proc 2.8 Unicode 15, so the characters
// new in Unicode 15 are escaped by Python and printed by us.
std::string PythonRepr(std::string_view text);

// repr(x) of an optional str: "None" when absent.
std::string PythonOptionalRepr(const std::optional<std::string>& text);

// repr(float): the shortest round-trip digits; "859.0" for integral values;
// exponent form ("1e+16", "1e-05") when the exponent is below -4 or above 15;
// "nan", "inf", "-inf".
std::string PythonFloatRepr(double value);

// round(value, 2) for a float: the double nearest to the exact decimal value
// rounded to two places, ties to even (as Python's correctly-rounded round()).
double PythonRound2(double value);

}  // namespace vnie

#endif  // VNIE_EVAL_PYTHON_REPR_H_
