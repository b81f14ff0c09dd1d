/// Finds the references one topic's notes make to other topics: backticked numbers (`43`),
/// folder names (29_system_design_for_ml) and Markdown links to such folders.
struct TopicLinkScanner {
    /// Topic numbers that a reference may name; anything else is not a topic reference.
    let knownNumbers: Set<String>

    /// Catalog numbers referenced on one line, in order of appearance (duplicates kept).
    func references(in line: Substring) -> [String] {
        var found: [String] = []
        let utf8 = Array(line.utf8)
        let count = utf8.count
        var index = 0
        while index < count {
            let byte = utf8[index]
            if byte == UInt8(ascii: "`"), index + 3 < count, isDigit(utf8[index + 1]), isDigit(utf8[index + 2]) {
                // `43` or `29_system_design_for_ml/...`
                let after = utf8[index + 3]
                if after == UInt8(ascii: "`") || after == UInt8(ascii: "_") {
                    let number = String(decoding: utf8[(index + 1)...(index + 2)], as: UTF8.self)
                    if knownNumbers.contains(number) && (after == UInt8(ascii: "`") || isFolderName(utf8, from: index + 1)) {
                        found.append(number)
                        index += 4
                        continue
                    }
                }
            } else if isDigit(byte), index + 2 < count, isDigit(utf8[index + 1]), utf8[index + 2] == UInt8(ascii: "_"),
                      index == 0 || !isWordByte(utf8[index - 1]), isFolderName(utf8, from: index) {
                // A bare folder name, also the path inside a Markdown link: (../43_language_modeling_losses/README.md)
                let number = String(decoding: utf8[index...(index + 1)], as: UTF8.self)
                if knownNumbers.contains(number) { found.append(number) }
                index += 3
                continue
            }
            index += 1
        }
        return found
    }

    /// `NN_` followed by at least three lower-case letters: a folder name, not "10_000".
    private func isFolderName(_ bytes: [UInt8], from start: Int) -> Bool {
        var index = start + 3
        var letters = 0
        while index < bytes.count, (bytes[index] >= UInt8(ascii: "a") && bytes[index] <= UInt8(ascii: "z")) || bytes[index] == UInt8(ascii: "_") {
            letters += 1
            index += 1
        }
        return letters >= 3
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    private func isWordByte(_ byte: UInt8) -> Bool {
        isDigit(byte) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
