"""What every language writes alike: currency symbols and ISO 4217 codes, number signs."""

CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "€": "EUR", "£": "GBP", "₸": "KZT", "₽": "RUB", "¥": "CNY",
                    "₺": "TRY", "₩": "KRW", "₹": "INR", "₼": "AZN", "₾": "GEL", "₴": "UAH", "₫": "VND",
                    "৳": "BDT", "₱": "PHP"}
# (not the naira and cedi signs: news gives their amounts converted, "GH₵ 1 billion, or $1.2 billion", and
# the dollar figure is the one read)
# prefixes written before the number, case-sensitive: "RM45.5 billion" (Malaysian ringgit), "Rp 10 trillion"
CURRENCY_PREFIXES = {"RM": "MYR", "Rp": "IDR", "Rs": "INR", "R$": "BRL", "SR": "SAR", "Dh": "AED",
                     # East African shillings: "KSh45 billion", "TSh 2 trillion", "USh 300 billion"
                     "KSh": "KES", "Ksh": "KES", "TSh": "TZS", "Tsh": "TZS", "USh": "UGX", "Ush": "UGX"}
# ISO 4217 codes written before the number ("USD 1.1 billion", "EUR 250m")
CURRENCY_CODES_BEFORE = ("USD", "EUR", "GBP", "KZT", "RUB", "CNY", "TRY", "BGN", "JPY", "CHF", "UZS", "AZN", "KGS",
                         "TJS", "TMT", "AED", "INR", "KRW")
NUMBER_SIGNS = (r"№", r"#")
