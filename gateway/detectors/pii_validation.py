"""Checksums and number rules that turn a digit pattern into a credible identifier."""

from __future__ import annotations

import ipaddress
import string

_IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20,
    "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18,
    "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27,
    "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15,
    "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26,
    "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip


def luhn_valid(digits: str) -> bool:
    """The Luhn (mod 10) check every payment card number carries."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def card_issuer_plausible(digits: str) -> bool:
    """A length and leading digits some card network issues (Visa 13-19, Maestro 12-19, ...)."""
    length = len(digits)
    if not 12 <= length <= 19 or len(set(digits)) == 1:
        return False
    head2, head4 = int(digits[:2]), int(digits[:4])
    if digits[0] == "4":
        return length in (13, 16, 19)
    if 51 <= head2 <= 55 or 2221 <= head4 <= 2720:
        return length == 16
    if head2 in (34, 37):
        return length == 15
    if head2 in (30, 36, 38, 39):
        return 14 <= length <= 19
    if digits.startswith(("6011", "65", "64", "62")):
        return 16 <= length <= 19
    if head2 == 35:  # JCB
        return 16 <= length <= 19
    if digits.startswith(("1800", "2131")):
        return length == 15
    # Maestro ranges: 12 digits is the short end that pattern-only recognisers miss.
    return digits.startswith(("50", "56", "57", "58", "63", "67", "68", "69", "60"))


def iban_valid(candidate: str) -> bool:
    """ISO 13616: the country's length and the mod-97 check over the rearranged digits."""
    iban = candidate.replace(" ", "").upper()
    expected = _IBAN_LENGTHS.get(iban[:2])
    if expected is None or len(iban) != expected or not iban[2:4].isdigit():
        return False
    if not all(c in string.ascii_uppercase or c.isdigit() for c in iban):
        return False
    rearranged = iban[4:] + iban[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    return int(number) % 97 == 1


def ssn_valid(area: str, group: str, serial: str) -> bool:
    """SSA rules: no 000, 666 or 9xx area, no 00 group, no 0000 serial, no famous fakes."""
    if area in ("000", "666") or area.startswith("9"):
        return False
    if group == "00" or serial == "0000":
        return False
    return f"{area}{group}{serial}" not in ("078051120", "219099999", "123456789")


def ip_valid(candidate: str) -> bool:
    """A syntactically valid IPv4 or IPv6 address that is not a version-number look-alike."""
    try:
        address = ipaddress.ip_address(candidate)
    except ValueError:
        return False
    # "1.2.3.4"-like version strings are rare; unspecified and loopback carry no personal data.
    return not (address.is_unspecified or address.is_loopback)
