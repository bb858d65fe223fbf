# Compiler flags shared by every target of the project (not by third-party code).
add_library(madoguchi_flags INTERFACE)
target_compile_options(madoguchi_flags INTERFACE -Wall -Wextra -Wpedantic)
if(MADOGUCHI_WERROR)
  target_compile_options(madoguchi_flags INTERFACE -Werror)
endif()
# Strict Qt: no string-based or context-less connects, no keywords, no deprecated API.
target_compile_definitions(madoguchi_flags INTERFACE
  QT_NO_CONTEXTLESS_CONNECT
  QT_NO_KEYWORDS
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  QT_NO_CAST_FROM_BYTEARRAY
  QT_USE_QSTRINGBUILDER
  MADOGUCHI_VERSION="${PROJECT_VERSION}")

if(MADOGUCHI_SANITIZE)
  set(_san -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_compile_options(${_san})
  add_link_options(${_san})
endif()
