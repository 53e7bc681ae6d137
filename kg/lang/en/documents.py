"""English words of signed documents: their kinds, the verbs of signing, lists of them, hedges."""

# (pattern, document type, class local name), tried in this order
AGREEMENT_NOUNS = [
    (r"memorand(?:um|a|ums)(?: of understanding| of cooperation)?|mous?|memos?", "memorandum", "Memorandum"),
    (r"joint (?:press )?statements?|joint communiqu[ée]s?", "joint statement", "JointStatement"),
    (r"joint declarations?|declarations?", "joint declaration", "JointStatement"),
    (r"road ?maps?", "roadmap", "Roadmap"),
    (r"(?:action |cooperation |comprehensive )?plans?|programmes?|programs?", "plan", "Plan"),
    # a company's contract is no treaty between states: a document, of its own type
    (r"contracts?", "contract", "Agreement"),
    (r"agreements?|treat(?:y|ies)|conventions?|protocols?|accords?", "agreement", "Treaty"),
    (r"decisions?", "decision", "Decision"),
]
# a "joint declaration" noun that is in fact a statement
STATEMENT_WORDS = {"statement"}
# "witnessed the exchange of an agreement": before a document noun
EXCHANGE_OF = [r"\bexchange of (?:the |an |a )?"]
SIGN_CUE = [r"\b(sign(ed|ing|s)?|adopt(ed|ing|ion|s)?|exchang(ed|ing)|conclud(ed|ing)|ink(ed)|approv(ed|al)|"
            r"endors(ed)|initial(l)?ed|seal(ed|ing|s)?)\b"]
# ("may" in lowercase: "signed on 12 May" is no hedge)
HEDGE = [r"\b(will|would|shall|plan(s|ned)? to|expected to|intend(s|ed)? to|to be signed|(?-i:may)|could|should|"
         r"discussions? (are|is) underway|ready to sign|prepar(e|es|ing) to sign|negotiat(e|ing)|"
         r"(agreed|decided|aim|aims|aiming|hope|hopes) to sign|by the end of the year)\b"]
# the words that introduce a list of documents: "the documents signed include ...", "agreements: ..."
DOCUMENTS_LIST = [r"\b(documents?|agreements?|memorand\w*)\s+(signed\s+)?(includ(ed|ing|e)|such as|among them|"
                  r"covering)\b|(documents?|agreements?)\b[^.:]{0,40}:\s"]
# how the items of such a list are joined
LIST_CONJ = [r"as well as|and also"]
LIST_LONG_CONJ = [r"as well as"]
LIST_ITEM_STARTS = [r"a|an|the|and"]
ITEM_CONJ = [r"and|as well as"]
TRAILING_CONJ = [r"and|as well"]
NOT_ITEM_STARTS = ("covering", "which", "that", "aimed")
# "a number of agreements": no one document
VAGUE_QUANTITY = [r"\b(a (large )?number of|a series of|several|many|various|numerous)\b"]
# a plural document noun without a complement names no one document ("agreements were signed")
PLURAL_ENDINGS = [r"s"]
NOT_PLURAL_ENDINGS = [r"ss|us"]
PLURAL_WORDS = ("memoranda", "memorandums")
PACKAGE_WORTH = [r"worth|valued at"]
COMPLEMENT_WORDS = [r"between|on|of|for|with"]
# where a document's title starts (words before it that are not part of it) and what may be part of it
NP_STOP = {"a", "an", "the", "signed", "adopted", "this", "these", "its", "their", "and", "on", "of", "with",
           "in", "between", "were", "was", "documents"}
NP_MODIFIERS = {"joint", "intergovernmental", "interagency", "bilateral", "cooperation", "action",
                "comprehensive", "cultural", "tourism", "and"}
# where a document's title ends: a verb, "as well as", where and when it was signed (case-sensitive)
# a title's enumeration goes on past its comma: 'on the preparation, construction and operation of'
# 'three memoranda': a count of documents, not the title of one
DOC_COUNT = [r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|\d{1,2}"]
# 'the memorandum on this project': a document named before
DOC_ANAPHOR = [r"this|that|these|those"]
TITLE_ENUMERATION = [r",\s+[a-z]+(?:,\s+[a-z]+)*,?\s+and\s+[a-z]+\s+(?=of\s)"]
# ("with": the other side, "with key ministries", is no part of the title)
NP_END_WORDS = [r"as well as|is|are|has been|have been|was|were|will|yesterday|today|with|during|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
                # "signed a joint statement and witnessed the exchange of ...": the next verb of the subject
                r"and (?:witnessed|signed|adopted|exchanged|agreed|discussed|held|issued|approved|attended|visited|met|noted)"]
NP_END_PLACE = [r"(?:at|during|in the presence of|on the sidelines of)\s+(?:the|a|an)"]
AND_THE = [r"and the"]
# what starts the clause of a signing verb after a comma: ", and the two governments signed"
CLAUSE_CONJ = [r"and|while"]
BETWEEN_TWO = [r"between\s+(the\s+)?two"]
# an article before a name that is not part of it ("the Ministry of ...")
LEADING_ARTICLES = [r"the|a"]
# the words before lowercase modifiers of a document noun: "the strategic partnership treaty"
DETERMINERS = {"the", "a", "an", "this", "that"}
# the word before the city where a document was signed, which ends its title: "... Treaty in Accra"
SIGNED_IN = {"in", "at"}
# after a plural document noun, what introduces the fields it lists, one document per field
# ("cooperation agreements on trade, agriculture and culture")
FIELD_INTRO = [r"(?:of|on|for) cooperation (?:in|on)(?: the (?:fields?|areas?|spheres?|sectors?) of)?",
               r"in the (?:fields?|areas?|spheres?|sectors?) of", r"on", r"in"]
# where such a list of fields ends besides a verb or a full stop
FIELD_END_WORDS = [r"with|between|during|at|were|was|have|has|to|which|that"]
DOCUMENT_SINGULAR = {"joint statements": "joint statement", "statements": "statement", "agreements": "agreement", "memoranda": "memorandum", "memorandums": "memorandum",
                     "treaties": "treaty", "protocols": "protocol", "conventions": "convention", "accords": "accord",
                     "contracts": "contract", "plans": "plan", "programmes": "programme", "programs": "program",
                     "declarations": "declaration", "roadmaps": "roadmap", "mous": "MoU",
                     "memos": "memo"}
# a sentence opening that lists the documents the sentence before says were signed ("Among them are ...")
AMONG_THEM = [r"among them(?: (?:are|were))?|these include[ds]?|they include[ds]?"]
# a company's deal, not a treaty between states: "an agreement to sell 20 aircraft", "a gas supply agreement"
COMMERCIAL_DEAL = [r"\bagreements? to (?:sell|buy|purchase|supply|deliver|acquire|lease|build)\b|"
                   r"\b(?:supply|purchase|sales?|offtake|loan|financing|credit|investment|codeshare|code-share|"
                   r"joint[- ]venture|concession|lease|leasing|licen[cs]ing|franchise) (?:agreements?|deals?)\b"]
