# One INTERFACE target carries the language standard, warnings and sanitizer flags for every
# target of the project, so no target can quietly opt out.
add_library(crisis_options INTERFACE)
target_compile_features(crisis_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(crisis_options INTERFACE -Wall -Wextra -Wpedantic)
if(CRISIS_WERROR)
    target_compile_options(crisis_options INTERFACE -Werror)
endif()

set(CRISIS_SANITIZE "" CACHE STRING "Sanitizers to enable, e.g. address,undefined")
if(CRISIS_SANITIZE)
    target_compile_options(crisis_options INTERFACE -fsanitize=${CRISIS_SANITIZE} -fno-omit-frame-pointer)
    target_link_options(crisis_options INTERFACE -fsanitize=${CRISIS_SANITIZE})
endif()
