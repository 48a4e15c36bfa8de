public enum ToolInfo {
    public static let name = "cria"
    public static let version = "0.1.0"
    public static let informationURI = "https://github.com/cria-checker/cria"
}
