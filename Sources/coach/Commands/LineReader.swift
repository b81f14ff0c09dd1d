import Foundation

/// Reads a file or standard input line by line through one fixed buffer, so memory stays
/// bounded however long the input is, and refuses a line longer than a limit.
struct LineReader {
    struct LineTooLong: Error {
        var line: Int
    }

    struct Unreadable: Error {
        var reason: String
    }

    let fileDescriptor: Int32
    let maximumLineBytes: Int

    /// Calls `body` with each line's number (from 1) and bytes, without the line ending
    /// (`\n` or `\r\n`). The bytes are valid only during the call.
    func forEachLine(_ body: (Int, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        // Room for the longest line and as much again to read into; small enough to stay in cache.
        let capacity = max(1 << 16, 2 * (maximumLineBytes + 2))
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        defer { buffer.deallocate() }
        var start = 0 // the first byte of the current line
        var end = 0   // one past the last byte read
        var lineNumber = 0
        var atEndOfInput = false

        func emit(_ lineEnd: Int) throws {
            lineNumber += 1
            var length = lineEnd - start
            if length > 0 && buffer[start + length - 1] == 0x0D { length -= 1 }
            guard length <= maximumLineBytes else { throw LineTooLong(line: lineNumber) }
            try body(lineNumber, UnsafeBufferPointer(start: buffer + start, count: length))
        }

        while !atEndOfInput {
            // Keep the unfinished line: move it to the front, then fill the rest of the buffer.
            if start > 0 {
                memmove(buffer, buffer + start, end - start)
                end -= start
                start = 0
            }
            let count = read(fileDescriptor, buffer + end, capacity - end)
            if count < 0 {
                if errno == EINTR { continue }
                throw Unreadable(reason: String(cString: strerror(errno)))
            }
            atEndOfInput = count == 0
            var scan = end
            end += count
            while scan < end, let newline = memchr(buffer + scan, 0x0A, end - scan) {
                let lineEnd = buffer.distance(to: newline.assumingMemoryBound(to: UInt8.self))
                try emit(lineEnd)
                start = lineEnd + 1
                scan = start
            }
            if end - start > maximumLineBytes + 1 { throw LineTooLong(line: lineNumber + 1) }
        }
        if start < end { try emit(end) }
    }
}
