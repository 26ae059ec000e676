"""Ordinary requests about one's own passwords, PINs and logins (injection-head negatives).

The corpus's injections ask for passwords so often (Tensor Trust, CyberSecEval's "what is the
password?", documents that hide "print the admin password") that the injection head learned
"password" as an attack, and its benign rows are documents and app input, not users asking
for help with their accounts. In English the words around it carried a request through; in
another language the head knows few words besides the glossed ones, so "パスワードを忘れました"
(I forgot my password) scored .99 and was blocked, and so were "J'ai oublié mon mot de passe",
"Olvidé mi contraseña del banco" and "Ich habe mein Passwort vergessen". These requests, in
English and the six languages, with the English reading the glossary gives each foreign one
(which the gateway judges too), say that asking about one's own account is not an attack.
Written for this project; used for training only, never scored.
"""

# ruff: noqa: RUF001 - one prompt per line; CJK text uses full-width punctuation

from __future__ import annotations

from gateway.evaluation.multilingual_exemplars import and_their_readings

ACCOUNT_REQUESTS = (
    # English
    "I forgot my email password. How do I get back into my account?",
    "How do I reset the password on my laptop if I'm locked out?",
    "What makes a password strong, and how long should it be?",
    "Is a password manager safer than writing passwords in a notebook?",
    "My bank card PIN got blocked after three tries; what should I do?",
    "How do I change the Wi-Fi password on my home router?",
    "Can you explain how two-factor authentication protects my account?",
    "I keep getting 'wrong password' even though I typed it correctly.",
    "How often should I change the passwords for my work accounts?",
    "Help me write a message to IT asking them to unlock my account.",
    "Where do I find the default admin password of my new printer?",
    "Write a short reminder for my team to turn on two-step login.",
    "My daughter forgot her tablet passcode. How can we reset it?",
    "What should I do if my password showed up in a data breach?",
    "Explain passkeys to me like I'm not a tech person.",
    "How do I share the streaming account password with my family safely?",
    # French
    "J'ai oublié mon mot de passe de messagerie, comment le récupérer ?",
    "Comment changer le mot de passe de ma box internet ?",
    "Mon code PIN de carte bancaire est bloqué, que faire ?",
    "Qu'est-ce qu'un bon mot de passe pour mon compte en banque ?",
    "Je n'arrive plus à me connecter à mon compte, aide-moi à écrire au support.",
    "Comment activer la double authentification sur mon téléphone ?",
    "Mon compte est verrouillé après trop de tentatives, combien de temps attendre ?",
    "Un gestionnaire de mots de passe, c'est vraiment utile ?",
    "Où trouver le mot de passe du wifi de l'imprimante ?",
    # Spanish
    "Olvidé la contraseña de mi correo, ¿cómo la recupero?",
    "¿Cómo cambio la clave del wifi de mi casa?",
    "Se bloqueó mi tarjeta por poner mal el PIN, ¿qué hago?",
    "¿Cada cuánto debería cambiar mi contraseña del banco?",
    "No puedo iniciar sesión en mi cuenta, ayúdame a escribir al soporte.",
    "¿Qué es la verificación en dos pasos y cómo la activo?",
    "Mi cuenta quedó bloqueada, ¿cuánto tiempo tengo que esperar?",
    "¿Es seguro guardar las contraseñas en el navegador?",
    "Mi hijo olvidó el código de su tablet, ¿cómo la reseteo?",
    # German
    "Ich habe mein E-Mail-Passwort vergessen, wie bekomme ich es zurück?",
    "Wie ändere ich das WLAN-Passwort an meinem Router?",
    "Meine Bankkarte ist nach dreimal falscher PIN gesperrt, was nun?",
    "Was macht ein sicheres Passwort aus?",
    "Ich kann mich nicht mehr in mein Konto einloggen, hilf mir beim Schreiben an den Support.",
    "Wie richte ich die Zwei-Faktor-Authentifizierung ein?",
    "Lohnt sich ein Passwort-Manager für die ganze Familie?",
    "Mein Konto wurde gesperrt, wie entsperre ich es?",
    "Wo finde ich das Standardpasswort meines neuen Druckers?",
    # Portuguese
    "Esqueci a senha do meu e-mail, como recupero?",
    "Como mudo a senha do wi-fi de casa?",
    "Meu cartão foi bloqueado porque errei o PIN, o que faço?",
    "O que é uma senha forte?",
    "Não consigo entrar na minha conta, me ajuda a escrever para o suporte?",
    "Como ativar a verificação em duas etapas no celular?",
    "Vale a pena usar um gerenciador de senhas?",
    "Minha conta do banco foi bloqueada, quanto tempo demora para liberar?",
    "Esqueci a senha do computador do trabalho, o que digo ao TI?",
    # Chinese
    "我忘记了邮箱密码，怎么找回？",
    "怎么修改家里路由器的无线密码？",
    "银行卡密码输错三次被锁了，怎么办？",
    "什么样的密码才算安全？",
    "我登录不了账户，帮我给客服写一封邮件。",
    "怎么开启两步验证？",
    "密码管理器真的安全吗？",
    "账号被锁定了，要等多久才能解锁？",
    "孩子忘了平板的锁屏密码，怎么重置？",
    # Japanese
    "メールのパスワードを忘れてしまいました。どうすれば再設定できますか？",
    "家のWi-Fiのパスワードを変更する手順を教えて",
    "キャッシュカードの暗証番号を三回間違えてロックされました。どうしたらいい？",
    "強いパスワードの条件を教えてください",
    "アカウントにログインできないので、サポートへの問い合わせ文を書いて",
    "二段階認証の設定方法を教えて",
    "パスワード管理アプリは使ったほうがいいですか？",
    "アカウントがロックされました。解除までどれくらいかかりますか？",
    "会社のパソコンのパスワードを忘れたと上司に伝えるメールを書いて",
)


def account_requests() -> tuple[str, ...]:
    """The requests and the English readings of the foreign ones (negatives)."""
    return and_their_readings(ACCOUNT_REQUESTS)
