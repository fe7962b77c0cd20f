# MLP Workbook figure: decision boundary — Golden boundary · network as a gnuplot function
# the network is the function p(x,y) below; gnuplot samples it on a 40×40 grid
set terminal pngcairo size 1280,800 enhanced font "DejaVu Sans,16" linewidth 1.5
set encoding utf8
# MLP 2-3-1 (tanh): W_l is [fanIn, fanOut] row-major, W_l[(i-1)*n_l + j]
array W1[6] = [1.5, -0.5, 0.25, -1, 2, 0.75]
array B1[3] = [0.10000000000000001, -0.20000000000000001, 0.29999999999999999]
array H1[3]
array W2[3] = [1, -2, 0.5]
array B2[1] = [0.050000000000000003]
sigmoid(z) = z >= 0 ? 1/(1+exp(-z)) : exp(z)/(1+exp(z))
act(z) = tanh(z)
# forward: each sum fills one hidden layer; the last term is P(class 1)
p(x,y) = (sum [j=1:3] (H1[j] = act(B1[j] + W1[j]*x + W1[3+j]*y), 0), \
  sigmoid(B2[1] + sum [i=1:3] W2[(i-1)*1+1]*H1[i]))
set samples 40
set isosamples 40
set urange [-2:2]
set vrange [-1.5:1.5]
$train << EOD
# x1 x2 class
-1.5000 0.8000 1
0.5000 -0.6000 0
1.2000 1.1000 1
-0.3000 -0.9000 0
EOD
set style line 1 lt 1 lc rgb "#0072B2" lw 2.5 dt 1 pt 7 ps 1.3
set style line 2 lt 2 lc rgb "#D55E00" lw 2.5 dt (10,6) pt 9 ps 1.3
set style line 3 lt 3 lc rgb "#009E73" lw 2.5 dt (14,6,3,6) pt 5 ps 1.3
set style line 4 lt 4 lc rgb "#CC79A7" lw 2.5 dt (3,5) pt 13 ps 1.3
set style line 5 lt 5 lc rgb "#E69F00" lw 2.5 dt (20,6,3,6,3,6) pt 11 ps 1.3
set style line 6 lt 6 lc rgb "#56B4E9" lw 2.5 dt (6,3) pt 15 ps 1.3
set style line 7 lt 7 lc rgb "#000000" lw 2.5 dt (24,10) pt 7 ps 1.3
set style line 8 lt 8 lc rgb "#F0E442" lw 2.5 dt (2,3,8,3) pt 9 ps 1.3
set border 3 back lw 1 lc rgb "#404040"
set tics nomirror out scale 0.6 textcolor rgb "#404040"
set grid back lt 1 lw 1 lc rgb "#e6e6e6"
if (GPVAL_TERM eq "dumb") unset grid  # no room for a grid in a text preview
set xrange [-2:2]
set yrange [-1.5:1.5]
# the P = 0.5 level set, traced by gnuplot's contouring into $boundary
set contour base
set cntrparam levels discrete 0.5
unset surface
set table $boundary
splot p(x,y)
unset table
unset contour
set surface
set title "Golden boundary · network as a gnuplot function" font ",17"
set xlabel "x_1"
set ylabel "x_2"
set size ratio -1
unset grid
set border 15 front lw 1 lc rgb "#404040"
set tics out nomirror front
set key below center horizontal maxrows 1 samplen 2 width 1
set bmargin 5.45
set palette defined (0 "#416695", 0.5 "#f7f7f7", 1 "#FFC870")
set cbrange [0:1]
set cbtics 0.25 out nomirror
set cblabel "P(class 1 | x)"
plot '++' using 1:2:(p($1,$2)) with image notitle, \
     $train using ($3 == 0 ? $1 : NaN):2 with points pt 7 ps 1.8 lc rgb "white" notitle, \
     $train using ($3 == 0 ? $1 : NaN):2 with points pt 7 ps 1.3 lc rgb "#003f62" title "class 0", \
     $train using ($3 == 1 ? $1 : NaN):2 with points pt 9 ps 1.8 lc rgb "white" notitle, \
     $train using ($3 == 1 ? $1 : NaN):2 with points pt 9 ps 1.3 lc rgb "#753400" title "class 1", \
     $boundary using 1:2 with lines lw 3 lc rgb "#1a1a1a" title "P = 0.5"
