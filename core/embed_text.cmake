# Writes OUT: a C++ file defining tri::kSynonymData as the text of IN (in raw-string pieces, as
# some compilers limit the length of one literal).
file(READ ${IN} text)
string(LENGTH "${text}" n)
set(body "")
set(pos 0)
while(pos LESS n)
  string(SUBSTRING "${text}" ${pos} 8000 piece)
  string(APPEND body "R\"tri(${piece})tri\"\n")
  math(EXPR pos "${pos} + 8000")
endwhile()
file(WRITE ${OUT} "// Generated from ${IN}; do not edit.\nnamespace tri {\nextern const char* const kSynonymData;\nconst char* const kSynonymData =\n${body};\n}  // namespace tri\n")
