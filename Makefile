# molt — build, test, bench, sanitize, install.
#   make            build ./molt (installs missing Debian packages first)
#   make test       build and run the whole test suite
#   make run        build and start the REPL
#   make bench      molt vs CPython timings
#   make sanitize   ASan + UBSan build running the test suite
#   make install PREFIX=/usr/local

CC      ?= cc
PREFIX  ?= /usr/local
BUILD   ?= build
# PROGRAM lets a second build (sanitizer, a private build dir) leave ./molt alone.
PROGRAM ?= molt
PKGS    := libgc-dev libreadline-dev libgmp-dev libpcre2-dev pkg-config
CFLAGS  ?= -O2 -g
override CFLAGS += -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Isrc -MMD -MP \
           -DMOLT_LIB_DIR='"$(abspath lib)"'
LIB_CFLAGS = $(shell pkg-config --cflags bdw-gc libpcre2-8 2>/dev/null)
LIB_LIBS   = $(shell pkg-config --libs bdw-gc libpcre2-8 2>/dev/null || echo -lgc -lpcre2-8)
LDLIBS  = $(LIB_LIBS) -lreadline -lgmp -lm

SRCS := $(wildcard src/*.c src/objects/*.c src/modules/*.c)
OBJS := $(SRCS:%.c=$(BUILD)/%.o)

.PHONY: all deps test run bench sanitize install clean

all: deps $(PROGRAM)

# Install the system packages molt builds against, when any is missing.
deps:
	@missing=""; for p in $(PKGS); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

$(PROGRAM): $(OBJS)
	$(CC) $(CFLAGS) $(LIB_CFLAGS) -o $@ $(OBJS) $(LDFLAGS) $(LDLIBS)

# Order-only on deps: with -j, nothing compiles before the packages are there.
$(BUILD)/%.o: %.c | deps
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LIB_CFLAGS) -c $< -o $@

test: all
	@python3 tests/run.py --molt ./molt tests

run: all
	./molt

bench: all
	@python3 bench/run.py --molt ./molt

# Boehm GC cannot run under LeakSanitizer's allocator hooks; ASan's other
# checks and UBSan stay on.
sanitize: deps
	$(MAKE) BUILD=build-san PROGRAM=molt-san \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer" molt-san
	ASAN_OPTIONS=detect_leaks=0 python3 tests/run.py --molt ./molt-san tests

install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/molt
	install -m 755 molt $(DESTDIR)$(PREFIX)/bin/molt
	cp -r lib/. $(DESTDIR)$(PREFIX)/lib/molt/

clean:
	rm -rf build build-san molt molt-san

-include $(OBJS:.o=.d)
