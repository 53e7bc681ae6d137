"""English words of money, figures and time: currencies, scale words, what a figure measures, months,
weekdays, and the prepositions that tie a year to a figure."""

# ------------------------------------------------------------------ money
# (pattern, ISO 4217 code)
CURRENCY_WORDS = [
    (r"us dollars?|u\.s\. dollars?|dollars?|usd", "USD"),
    (r"euros?|eur", "EUR"),
    (r"tenge|kzt", "KZT"),
    (r"roubles?|rubles?|rub", "RUB"),
    (r"leva|lev|bgn", "BGN"),
    (r"(?:turkish )?liras?|try", "TRY"),
    (r"yuan|renminbi|cny", "CNY"),
    (r"soms?|kgs", "KGS"),
    (r"egyptian pounds?|egp", "EGP"),
    (r"pounds? sterling|pounds?|gbp", "GBP"),
    (r"yen|jpy", "JPY"),
    (r"swiss francs?|chf", "CHF"),
    (r"(?:south korean |korean )?won|krw", "KRW"),
    (r"(?:malaysian )?ringgit|myr", "MYR"),
    (r"pakistani rupees?|pkr", "PKR"),
    (r"sri lankan rupees?|lkr", "LKR"),
    (r"nepalese rupees?|npr", "NPR"),
    (r"(?:indian )?rupees?|inr", "INR"),
    (r"rupiah|idr", "IDR"),
    (r"(?:vietnamese )?dong|vnd", "VND"),
    (r"baht|thb", "THB"),
    (r"dirhams?|aed", "AED"),
    (r"(?:saudi )?riyals?|sar", "SAR"),
    (r"(?:uzbek )?(?:soums?|sums?)|uzs", "UZS"),
    (r"(?:azerbaijani )?manats?|azn", "AZN"),
    (r"(?:georgian )?lari|gel", "GEL"),
    (r"drams?|amd", "AMD"),
    (r"hryvnias?|uah", "UAH"),
    (r"forints?|huf", "HUF"),
    (r"zlotys?|pln", "PLN"),
    (r"naira|ngn", "NGN"),
    (r"rand|zar", "ZAR"),
    (r"reais|brl", "BRL"),
    (r"kenyan shillings?|kes", "KES"),
    (r"ugandan shillings?|ugx", "UGX"),
    (r"tanzanian shillings?|tzs", "TZS"),
    (r"(?:ghanaian |ghana )?cedis?|ghs", "GHS"),
    (r"takas?|bdt", "BDT"),
    (r"cfa francs?|xof", "XOF"),
    (r"philippine pesos?|php", "PHP"),
]
# number words before a scale word: "two billion dollars"
NUMBER_WORDS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
                "fifty": 50, "hundred": 100, "half a": 0.5, "one and a half": 1.5}
# (pattern, factor)
SCALES = [
    (r"trillions?", 10 ** 12),
    (r"billions?|bn|bln", 10 ** 9),
    (r"millions?|mln|mn|m", 10 ** 6),
    (r"thousands?", 10 ** 3),
    (r"crores?", 10 ** 7),      # Indian and Pakistani news: "Rs 4,500 crore"
    (r"lakhs?", 10 ** 5),
]
# a scale word that is a figure's only when a currency symbol stands before the number ("$5m", not "5 m")
SCALE_NEEDS_SYMBOL = {"m"}
# "US" before these is the currency, not the state
CURRENCY_AFTER_STATE = {"US": [r"dollar|\$"]}
DECIMAL_COMMA = False

# what a figure measures: the cue words of each metric
METRIC_CUES = {
    "target": [r"\b(aims?|aim(ed|ing) to|goal|target|objective|strive|committed to|plans? to|intends? to|"
               r"seek(s|ing)? to|(?<!has )(?<!have )increasing|boosting|bringing|raising|doubling|lifting|"
               r"to (increase|boost|bring|raise|double|reach|lift|expand)|wants? to|"
               r"wants? (?:\w+ ){1,4}(?:raised|increased|doubled|boosted|brought))\b"],
    "investment": [r"\binvest\w*|\binject\w*|\bfdi\b"],
    "imports": [r"\bimport\w*"],
    "exports": [r"\bexport\w*"],
    "turnover": [r"\btrade\b|\bturnover\b|trade volume"],
}
# a figure reached, not aimed at
PAST_GROWTH = [r"\b(increased|rose|grew|surged|jumped|reached|amounted|totaled|totalled|exceeded|approached|"
               r"stood)\b"]
# a figure compared with an earlier one takes its metric: "up from $2 billion"
COMPARED = [r"compared|from|increase|decrease|up from|down from"]
AMOUNT_FROM = [r"from"]
AMOUNT_TO = [r"to"]
AMOUNT_THEN = [r"and (?:further |then |later )?to|then to|and (?:then |further )?(?:reached|rose to|grew to|increased to)"]
# "exports of Kazakhstan" / "trade in 2024": the metric word after the amount
METRIC_OF = [r"in|of"]
# the state the goods or money come from / go to: "from Bulgaria", "to Kazakhstan"
SOURCE_PREP = [r"from"]
DEST_PREP_BEFORE = [r"to|in|into|for"]

# ------------------------------------------------------------------ dates
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# a weekday said to come: "next Monday"
NEXT_WORDS = [r"next|this coming"]
YESTERDAY = [r"\b(?:yesterday|last (?:night|evening))\b"]
YESTERDAY_WORDS = {"yesterday", "night", "evening"}
TODAY = [r"\b(today|this morning|this afternoon|on this day)\b"]
# a sidecar-less text that starts with its date: "date: 2025-06-09"
DATE_FIELD = [r"date"]

# ------------------------------------------------------------------ years
# the year a target is to be reached: "by 2030"
TARGET_YEAR = [r"\bby\s+(19|20)\d{2}\b"]
BY_YEAR = [r"by|until|through"]
# a span of years: "between 2020 and 2024", "since 2015"
RANGE_FROM = [r"between|from|since"]
RANGE_TO = [r"and|to"]
SINCE_YEAR = [r"since|from"]
PREVIOUS_YEAR = [r"\b(the previous year|a year earlier|the year before|a year ago|the prior year)\b"]
LAST_YEAR = [r"\b(last year|past year)\b"]
NEXT_YEAR = [r"\b(next year|the coming year)\b"]
THIS_YEAR = [r"\b(this year|current year)\b"]
# the year of a figure: "in 2024", "for the first half of 2025", "$3.2 billion to Turkey in 2024"
YEAR_PREP = [r"in|for|during"]
# what may stand right before a figure's year: a fiscal year ("in FY2024", "in fiscal year 2024")
YEAR_PREFIX = [r"FY\s?|fiscal\s+(?:year\s+)?|financial\s+year\s+"]
PART_OF_YEAR = [r"(?:first|second|third|last)\s+(?:\w+\s+)?(?:months?|half|quarter)\s+of\s+"]
DEST_PREP = [r"to|from|into"]
IN_YEAR_PREP = [r"in|during"]
FIGURE_YEAR_PREP = [r"in|during"]
# a period before its year: "In January-June 2025,"; one group, the year
FIGURE_PERIOD_YEAR = [r"\b(?:in|during|for)\s+(?:the\s+)?(?:[A-Za-z][\w–-]*\s+){1,4}((?:19|20)\d{2})\b,"]
# the suffix of a day after its month: "March 5th"
DAY_SUFFIXES = [r"st|nd|rd|th"]
# "9/6/2025" is 6 September in English-language news (as US agencies write it); the others put the day first
SLASH_MONTH_FIRST = True
# a running total: 'investments have exceeded $X', 'so far' (no year but its own)
FIGURE_CUMULATIVE = [r"\b(?:exceed(?:ed|s)?|surpass(?:ed|es)?|so far|to date|over the years|cumulative|accumulated|in total since|ha(?:ve|s) invested)\b"]
# an offer, a capacity or a forecast, not a figure: "is ready to export goods worth $1 billion", "a potential
# of", "trade could reach $5 billion", "will exceed"
FIGURE_OFFER = [r"\b(?:ready|willing|prepared|able|capable|offer(?:ed|s)?|potential(?:ly)?|capacity)\b|"
                r"\b(?:could|might|may|would|will) (?:reach|exceed|grow|rise|increase|amount|total|top|surpass)\b|"
                r"\b(?:is|are) (?:expected|projected|forecast|likely) to\b|\bforecast\b"]
# a pronoun for the measure the sentence before names: "Trade grew fast. It reached $2 billion in 2024"
FIGURE_PRONOUN = [r"\b(?:it|they|this figure|the figure)\b"]
# a period of the figure's own that no year is read from: none is carried from another figure
FIGURE_OWN_PERIOD = [r"\b(?:year|fiscal|quarter|months?|half)\b"]
# the period of the figure before: "imports rose to $8 billion during the same year"
FIGURE_SAME_PERIOD = [r"\b(?:the )?same (?:year|period)\b"]
# both sides' flow: no direction ("two-way investment")
MUTUAL_FLOW = [r"\b(?:two-way|mutual|bilateral|reciprocal)"]
