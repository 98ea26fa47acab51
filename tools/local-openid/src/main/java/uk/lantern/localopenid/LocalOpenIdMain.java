package uk.lantern.localopenid;

/**
 * Runs the local OpenID provider on its own: {@code java -jar local-openid-exec.jar [port]} (9000 by default). The
 * demo password is {@code LANTERN_DEMO_PASSWORD}, or {@code lantern-demo}.
 */
public final class LocalOpenIdMain {

    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 9000;
        String password = System.getenv().getOrDefault("LANTERN_DEMO_PASSWORD", "lantern-demo");
        LocalOpenIdProvider provider = LocalOpenIdProvider.start(port, password);
        System.out.println("OpenID provider ready: " + provider.issuer());
        Runtime.getRuntime().addShutdownHook(new Thread(provider::close));
        Thread.currentThread().join();
    }

    private LocalOpenIdMain() {
    }
}
