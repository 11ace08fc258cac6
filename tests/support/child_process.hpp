// A child process for the tests that need a second program on the same
// directory file: started with posix_spawn, optionally with its standard
// output on a pipe the test reads line by line, killed and reaped on
// destruction so that a failing test leaves no writer behind.
#ifndef LIAISON_TESTS_CHILD_PROCESS_HPP
#define LIAISON_TESTS_CHILD_PROCESS_HPP

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace liaison::test {

class ChildProcess {
 public:
  enum class Read { line, end_of_file, timeout };

  /// Starts `argv[0]` with `argv`. Standard error is the test's own, so a
  /// child's complaint shows in the test log.
  explicit ChildProcess(const std::vector<std::string>& argv, bool capture_stdout = false) {
    int pipe_fds[2] = {-1, -1};
    // Close-on-exec, so that no other child inherits this pipe and keeps it open.
    if (capture_stdout && pipe2(pipe_fds, O_CLOEXEC) != 0) fail("pipe2");

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    if (capture_stdout) {
      posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
    }
    std::vector<char*> args;
    for (const std::string& arg : argv) args.push_back(const_cast<char*>(arg.c_str()));
    args.push_back(nullptr);
    const int error = posix_spawn(&pid_, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (capture_stdout) {
      close(pipe_fds[1]);
      stdout_fd_ = pipe_fds[0];
    }
    if (error != 0) {
      pid_ = -1;
      errno = error;
      fail("posix_spawn " + argv.at(0));
    }
  }

  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  ~ChildProcess() {
    if (pid_ > 0 && !status_) {
      ::kill(pid_, SIGKILL);
      int status = 0;
      waitpid(pid_, &status, 0);
    }
    if (stdout_fd_ >= 0) close(stdout_fd_);
  }

  pid_t pid() const noexcept { return pid_; }

  /// The next line the child wrote, without its newline.
  Read read_line(std::string& line, std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
      const auto newline = buffer_.find('\n');
      if (newline != std::string::npos) {
        line = buffer_.substr(0, newline);
        buffer_.erase(0, newline + 1);
        return Read::line;
      }
      if (stdout_fd_ < 0) return Read::end_of_file;
      const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
          deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) return Read::timeout;
      pollfd poller{stdout_fd_, POLLIN, 0};
      const int ready = poll(&poller, 1, static_cast<int>(left.count()));
      if (ready < 0 && errno == EINTR) continue;
      if (ready < 0) fail("poll");
      if (ready == 0) return Read::timeout;
      char chunk[4096];
      const ssize_t got = ::read(stdout_fd_, chunk, sizeof chunk);
      if (got < 0 && errno == EINTR) continue;
      if (got < 0) fail("read");
      if (got == 0) {
        close(stdout_fd_);
        stdout_fd_ = -1;
        continue;  // a last line without newline stays in buffer_ and is dropped
      }
      buffer_.append(chunk, static_cast<std::size_t>(got));
    }
  }

  void kill(int signal_number) {
    if (pid_ > 0 && !status_) ::kill(pid_, signal_number);
  }

  /// Waits for the child to end and returns its wait status; after
  /// `timeout` kills it and returns nullopt.
  std::optional<int> wait(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!status_) {
      int status = 0;
      const pid_t done = waitpid(pid_, &status, WNOHANG);
      if (done == pid_) {
        status_ = status;
        break;
      }
      if (done < 0 && errno != EINTR) fail("waitpid");
      if (std::chrono::steady_clock::now() >= deadline) {
        ::kill(pid_, SIGKILL);
        waitpid(pid_, &status, 0);
        status_ = status;
        return std::nullopt;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return status_;
  }

  /// "exit 0", "killed by signal 9", ... for messages.
  static std::string describe(int status) {
    if (WIFEXITED(status)) return "exit " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) return "killed by signal " + std::to_string(WTERMSIG(status));
    return "wait status " + std::to_string(status);
  }

 private:
  [[noreturn]] static void fail(const std::string& what) {
    throw std::runtime_error(what + ": " + std::strerror(errno));
  }

  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  std::string buffer_;
  std::optional<int> status_;
};

}  // namespace liaison::test

#endif
